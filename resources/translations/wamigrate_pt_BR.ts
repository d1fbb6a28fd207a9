<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation>O número é um número internacional válido (código do país e DDD; não é um número curto)</translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation>O tipo do número pode receber o código de registro</translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation>O número pode receber SMS ou ligação de voz</translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation>Um número de URA ou 0800 aceita ligações internacionais e chega a uma pessoa</translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation>A empresa não está em uma região excluída pela Plataforma</translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation>O número não está mais registrado em um app do WhatsApp (migração completa)</translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation>A coexistência é só para números no app WhatsApp Business</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation>Espere pelo menos 5 minutos depois de apagar a conta do app antes de registrar</translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation>A coexistência exige o app Business 2.24.17 ou mais novo e um Solution Partner ou Tech Provider</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation>A coexistência não está disponível para números da Nigéria (+234) e da África do Sul (+27)</translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation>Números em coexistência enviam no máximo 20 mensagens por segundo</translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation>A sincronização do histórico deve ser confirmada em até 24 horas após o cadastro (180 dias, só conversas individuais)</translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation>Os aparelhos conectados são desconectados no cadastro da coexistência</translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation>A confirmação em duas etapas deve estar desativada para trocar de provedor</translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation>No máximo 10 tentativas de registro por número em 72 horas</translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation>O nome de exibição descreve a empresa (sem termos genéricos, sem Meta ou WhatsApp, sem &quot;oficial&quot;, sem endereço web ou e-mail, sem promoção)</translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation>O nome de exibição tem relação clara com a razão social</translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation>O nome de exibição segue o formato que a Meta espera (sem tudo em maiúsculas, emojis, símbolos; pelo menos 3 caracteres)</translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation>A empresa pode usar mensagens comerciais do WhatsApp (produtos e serviços restritos)</translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation>Os clientes aceitaram receber mensagens da empresa</translation>
    </message>
    <message>
        <source>The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit</source>
        <translation>O limite de mensagens: um portfólio novo começa com 250 clientes por dia; um existente compartilha o seu limite</translation>
    </message>
    <message>
        <source>Authentication templates use Meta&apos;s preset text with a code button (no links, media or emoji)</source>
        <translation>Modelos de autenticação usam o texto predefinido da Meta com um botão de código (sem links, mídia ou emojis)</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to customers with US numbers</source>
        <translation>Modelos de marketing não são entregues a clientes com números dos EUA</translation>
    </message>
    <message>
        <source>Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed</source>
        <translation>Respostas dentro da janela de 24 horas são cobradas desde 1º de out. de 2026: é preciso um meio de pagamento</translation>
    </message>
    <message>
        <source>Templates to customers outside the window are charged per message, by the customer&apos;s country</source>
        <translation>Modelos para clientes fora da janela são cobrados por mensagem, conforme o país do cliente</translation>
    </message>
    <message>
        <source>A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free</source>
        <translation>Uma resposta a um anúncio de clique para o WhatsApp abre 72 horas em que todas as mensagens são gratuitas</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion are charged (and capped) as marketing</source>
        <translation>Modelos utilitários que parecem promoção são cobrados (e limitados) como marketing</translation>
    </message>
    <message>
        <source>Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea</source>
        <translation>Modelos de marketing têm limite por cliente fora do EEE, do Reino Unido, do Japão e da Coreia do Sul</translation>
    </message>
    <message>
        <source>Authentication templates need a verified business with a 2,000 limit</source>
        <translation>Modelos de autenticação exigem uma empresa verificada com limite de 2.000</translation>
    </message>
    <message>
        <source>Customers with a WhatsApp username may write without a phone number</source>
        <translation>Clientes com nome de usuário no WhatsApp podem escrever sem número de telefone</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not part of the move</source>
        <translation>O selo azul (Conta Comercial Oficial) não faz parte da mudança</translation>
    </message>
    <message>
        <source>A new business portfolio can register 2 numbers (20 after verification)</source>
        <translation>Um portfólio empresarial novo pode registrar 2 números (20 após a verificação)</translation>
    </message>
    <message>
        <source>A number still registered to a previous provider&apos;s app must be released by it first</source>
        <translation>Um número ainda registrado no app de um provedor anterior precisa ser liberado por ele primeiro</translation>
    </message>
    <message>
        <source>What changes in the Business app under coexistence</source>
        <translation>O que muda no app Business na coexistência</translation>
    </message>
    <message>
        <source>A second provider can be added without moving the number (Conversation Routing)</source>
        <translation>Um segundo provedor pode ser adicionado sem mudar o número (Conversation Routing)</translation>
    </message>
    <message>
        <source>A move between providers needs a verified business and a payment method</source>
        <translation>Trocar de provedor exige uma empresa verificada e um meio de pagamento</translation>
    </message>
    <message>
        <source>General-purpose AI assistants may not use the Platform (since 15 Jan 2026)</source>
        <translation>Assistentes de IA de uso geral não podem usar a Plataforma (desde 15 de jan. de 2026)</translation>
    </message>
    <message>
        <source>Meta has not rejected the display name (an approved name is needed only to move between providers)</source>
        <translation>A Meta não rejeitou o nome de exibição (um nome aprovado só é exigido para trocar de provedor)</translation>
    </message>
    <message>
        <source>The number&apos;s quality rating is not low (a RED number does not scale up)</source>
        <translation>A classificação de qualidade do número não é baixa (um número VERMELHO não aumenta de nível)</translation>
    </message>
    <message>
        <source>Meta&apos;s health status says the account can send messages</source>
        <translation>O status de integridade da Meta diz que a conta pode enviar mensagens</translation>
    </message>
    <message>
        <source>The date is that of Meta&apos;s developer page on display names, which points to this Help Center article; the article shows no date.</source>
        <translation>A data é a da página para desenvolvedores da Meta sobre nomes de exibição, que aponta para este artigo da Central de Ajuda; o artigo não mostra data.</translation>
    </message>
    <message>
        <source>A copy of Meta&apos;s page &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; the monthly free allowance of 1,000 service messages is reported by providers.</source>
        <translation>Uma cópia da página da Meta &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; a franquia mensal gratuita de 1.000 mensagens de serviço é informada por provedores.</translation>
    </message>
    <message>
        <source>Meta&apos;s WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms&apos; own text was not readable when this was written.</source>
        <translation>Os Termos da Solução WhatsApp Business da Meta, como citados pela imprensa (NDTV, 21 de out. de 2025); o texto dos termos não estava legível quando isto foi escrito.</translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation>Todas as conversas estão salvas em um arquivo verificado antes de apagar a conta do app</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation>Os nomes de modelos usam letras minúsculas, dígitos e sublinhados (no máximo 512)</translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation>Tamanhos dos modelos: cabeçalho e rodapé com no máximo 60 caracteres, corpo de 1 a 1.024, botões 25</translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation>Os parâmetros dos modelos são {{1}}, {{2}}, ... em ordem, cada um com um valor de exemplo</translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation>Os modelos evitam os motivos de rejeição comuns da Meta (parâmetro no início ou no fim, #$% nos exemplos)</translation>
    </message>
    <message>
        <source>The number is not registered on another platform, and Meta has verified it</source>
        <translation>O número não está registrado em outra plataforma, e a Meta o verificou</translation>
    </message>
    <message>
        <source>No message template is rejected, paused or disabled</source>
        <translation>Nenhum modelo de mensagem está rejeitado, pausado ou desativado</translation>
    </message>
    <message>
        <source>The messaging limit covers the customers who need a template on day one</source>
        <translation>O limite de mensagens cobre os clientes que precisam de um modelo no primeiro dia</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Pronto, com avisos</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Ainda não está pronto</translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation>menos de 24 h</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 dias</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 dias</translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation>1-4 semanas</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>mais de 4 semanas</translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation>depois do horário da migração</translation>
    </message>
    <message>
        <source>group chats</source>
        <translation>conversas em grupo</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>chamadas</translation>
    </message>
    <message>
        <source>deleted messages</source>
        <translation>mensagens apagadas</translation>
    </message>
    <message>
        <source>polls</source>
        <translation>enquetes</translation>
    </message>
    <message>
        <source>disappearing messages</source>
        <translation>mensagens temporárias</translation>
    </message>
    <message>
        <source>only for verified-brand accounts, at most 8 people; not under coexistence</source>
        <translation>só para contas de marca verificada, no máximo 8 pessoas; não na coexistência</translation>
    </message>
    <message>
        <source>only with a calling integration and a 2,000 limit; not under coexistence</source>
        <translation>só com uma integração de chamadas e limite de 2.000; não na coexistência</translation>
    </message>
    <message>
        <source>a message sent through the API cannot be deleted</source>
        <translation>uma mensagem enviada pela API não pode ser apagada</translation>
    </message>
    <message>
        <source>cannot be sent; a customer&apos;s poll arrives as an unsupported message</source>
        <translation>não podem ser enviadas; a enquete de um cliente chega como mensagem não suportada</translation>
    </message>
    <message>
        <source>not available; turned off under coexistence</source>
        <translation>não disponível; desativado na coexistência</translation>
    </message>
    <message>
        <source>{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).</source>
        <translation>{0} não é um fuso horário que o wamigrate conheça (ex.: America/Sao_Paulo).</translation>
    </message>
    <message>
        <source>The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>O horário da migração {0} deve ser uma data e hora locais no formato AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>Migração completa</translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation>Coexistência (manter o app Business)</translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation>Trocar de provedor</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Ação necessária</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>bloqueio</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>aviso</translation>
    </message>
    <message>
        <source>info</source>
        <translation>informação</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>confirmada em parte</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>não confirmada</translation>
    </message>
    <message>
        <source>reported by providers, not in Meta&apos;s text</source>
        <translation>informado por provedores, não consta no texto da Meta</translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation>Nada impede a mudança.</translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation>Resolva primeiro os bloqueios; eles aparecem primeiro.</translation>
    </message>
    <message>
        <source>Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move.</source>
        <translation>Responda primeiro às perguntas bloqueantes: enquanto não forem respondidas, ninguém pode dizer que nada impede a mudança.</translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation>Nada impede a mudança; leia os avisos.</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>Por que importa.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>O que fazer.</translation>
    </message>
    <message>
        <source>verified live at {0}</source>
        <translation>verificado ao vivo em {0}</translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation>Fonte: {0} ({1}, {2})</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dia</numerusform>
            <numerusform>%n dias</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>seg</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>ter</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>qua</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>qui</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>sex</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>Give the archive (and the planned cut-over in the profile) to see the impact.</source>
        <translation>Informe o arquivo (e o horário planejado da migração no perfil) para ver o impacto.</translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation>Não foi possível saber o nome da própria empresa nas conversas; defina own_name no perfil.</translation>
    </message>
    <message>
        <source>the live check did not run</source>
        <translation>a verificação ao vivo não foi feita</translation>
    </message>
    <message>
        <source>Meta&apos;s list of phone numbers could not be read: {0}</source>
        <translation>Não foi possível ler a lista de números da Meta: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>The number is not in this WhatsApp Business Account yet (its numbers: {0}).</source>
        <translation>O número ainda não está nesta conta do WhatsApp Business (os números dela: {0}).</translation>
    </message>
    <message>
        <source>Check the WhatsApp Business Account ID, or add the number to it first.</source>
        <translation>Confira o ID da conta do WhatsApp Business, ou adicione o número a ela antes.</translation>
    </message>
    <message>
        <source>Meta says {0} is registered on the On-Premises API.</source>
        <translation>A Meta diz que {0} está registrado na API On-Premises.</translation>
    </message>
    <message>
        <source>A number is on one platform at a time; the On-Premises API has been retired.</source>
        <translation>Um número fica em uma plataforma por vez; a API On-Premises foi descontinuada.</translation>
    </message>
    <message>
        <source>Ask the provider to migrate the number to the Cloud API before the cut-over.</source>
        <translation>Peça ao provedor para migrar o número para a Cloud API antes da migração.</translation>
    </message>
    <message>
        <source>Meta says the ownership of {0} is not verified ({1}).</source>
        <translation>A Meta diz que a posse de {0} não está verificada ({1}).</translation>
    </message>
    <message>
        <source>The number must receive and enter Meta&apos;s code before it can be registered.</source>
        <translation>O número precisa receber e digitar o código da Meta antes de ser registrado.</translation>
    </message>
    <message>
        <source>Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider.</source>
        <translation>Peça o código de novo (SMS ou ligação) e digite-o no Gerenciador do WhatsApp ou pelo provedor.</translation>
    </message>
    <message>
        <source>on the Cloud API</source>
        <translation>na Cloud API</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>ainda não registrado</translation>
    </message>
    <message>
        <source>Meta says {0} is {1}; its ownership is verified.</source>
        <translation>A Meta diz que {0} está {1}; a posse dele está verificada.</translation>
    </message>
    <message>
        <source>Meta&apos;s review of the display name &apos;{0}&apos;: {1}.</source>
        <translation>Revisão da Meta do nome de exibição &apos;{0}&apos;: {1}.</translation>
    </message>
    <message>
        <source>Meta&apos;s API gives the decision, not its reason: WhatsApp Manager shows the reason.</source>
        <translation>A API da Meta informa a decisão, não o motivo: o Gerenciador do WhatsApp mostra o motivo.</translation>
    </message>
    <message>
        <source>Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit.</source>
        <translation>Leia o motivo no Gerenciador do WhatsApp ▸ Números de telefone, ajuste o nome e envie de novo.</translation>
    </message>
    <message>
        <source>The display name &apos;{0}&apos; is not approved yet ({1}).</source>
        <translation>O nome de exibição &apos;{0}&apos; ainda não foi aprovado ({1}).</translation>
    </message>
    <message>
        <source>Moving between providers needs an approved display name.</source>
        <translation>Trocar de provedor exige um nome de exibição aprovado.</translation>
    </message>
    <message>
        <source>The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit.</source>
        <translation>Enquanto isso o número funciona; a Meta analisa o nome quando o número atinge um limite de mensagens maior.</translation>
    </message>
    <message>
        <source>Customers have blocked or reported recent messages. A RED number does not get a higher messaging limit or throughput, and continued negative feedback can lead to enforcement; templates are paused on their own quality, not the number&apos;s.</source>
        <translation>Clientes bloquearam ou denunciaram mensagens recentes. Um número VERMELHO não ganha limite de mensagens nem vazão maiores, e reclamações contínuas podem levar a sanções; modelos são pausados pela própria qualidade, não pela do número.</translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>Alcançar todos leva %n dia com este limite, que todos os números do portfólio compartilham.</numerusform>
            <numerusform>Alcançar todos leva %n dias com este limite, que todos os números do portfólio compartilham.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business to reach 2,000 a day (after Meta&apos;s quality review), or plan the first messages over several days.</source>
        <translation>Verifique a empresa para chegar a 2.000 por dia (após a análise de qualidade da Meta) ou distribua as primeiras mensagens em vários dias.</translation>
    </message>
    <message>
        <source>Meta did not give a health status</source>
        <translation>a Meta não informou um status de integridade</translation>
    </message>
    <message>
        <source>The account&apos;s health status could not be read: {0}</source>
        <translation>Não foi possível ler o status de integridade da conta: {0}</translation>
    </message>
    <message>
        <source>Meta says this account cannot send messages (BLOCKED).</source>
        <translation>A Meta diz que esta conta não pode enviar mensagens (BLOCKED).</translation>
    </message>
    <message>
        <source>A blocked account, number or business cannot send anything, templates included.</source>
        <translation>Uma conta, número ou empresa bloqueados não enviam nada, nem modelos.</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue.</source>
        <translation>Resolva o que a Meta lista (Gerenciador do WhatsApp ▸ Visão geral), por exemplo um meio de pagamento ou uma questão de política.</translation>
    </message>
    <message>
        <source>Meta says this account can send only in part (LIMITED).</source>
        <translation>A Meta diz que esta conta só pode enviar em parte (LIMITED).</translation>
    </message>
    <message>
        <source>Some messages will not be delivered until the limitation is lifted.</source>
        <translation>Algumas mensagens não serão entregues até a limitação ser retirada.</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over.</source>
        <translation>Resolva o que a Meta lista (Gerenciador do WhatsApp ▸ Visão geral) antes da migração.</translation>
    </message>
    <message>
        <source>Meta says the account can send messages ({0}).</source>
        <translation>A Meta diz que a conta pode enviar mensagens ({0}).</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review before the cut-over.</source>
        <translation>Aguarde a revisão da Meta antes da migração.</translation>
    </message>
    <message>
        <source>Nothing to do now; follow the review in WhatsApp Manager.</source>
        <translation>Nada a fazer agora; acompanhe a análise no Gerenciador do WhatsApp.</translation>
    </message>
    <message>
        <source>Meta approved the display name &apos;{0}&apos; ({1}).</source>
        <translation>A Meta aprovou o nome de exibição &apos;{0}&apos; ({1}).</translation>
    </message>
    <message>
        <source>Meta&apos;s list of templates could not be read: {0}</source>
        <translation>Não foi possível ler a lista de modelos da Meta: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n modelo não pode ser enviado:</numerusform>
            <numerusform>%n modelos não podem ser enviados:</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the 24-hour window only approved templates reach customers.</source>
        <translation>Fora da janela de 24 horas só modelos aprovados chegam aos clientes.</translation>
    </message>
    <message>
        <source>Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality.</source>
        <translation>Corrija um modelo rejeitado pelo motivo e envie de novo (ou recorra); um pausado precisa de mais qualidade.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>%n modelo aprovado; nenhum rejeitado, pausado ou desativado.</numerusform>
            <numerusform>%n modelos aprovados; nenhum rejeitado, pausado ou desativado.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rates the quality of {0} as low (RED).</source>
        <translation>A Meta avalia a qualidade de {0} como baixa (RED).</translation>
    </message>
    <message>
        <source>Send fewer, expected messages to customers who opted in, and let them opt out easily.</source>
        <translation>Envie menos mensagens, e esperadas, a clientes que aceitaram, e deixe que eles saiam facilmente.</translation>
    </message>
    <message>
        <source>Quality rating of {0}: {1}.</source>
        <translation>Avaliação de qualidade de {0}: {1}.</translation>
    </message>
    <message>
        <source>Messaging limit: {0}. The archive&apos;s impact analysis is needed to compare it.</source>
        <translation>Limite de mensagens: {0}. É preciso a análise de impacto do arquivo para comparar.</translation>
    </message>
    <message>
        <source>Import the chats and set the planned cut-over.</source>
        <translation>Importe as conversas e defina a migração planejada.</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit is {1} a day ({2}).</source>
        <translation>{0} clientes precisam de um modelo no primeiro dia; o limite é de {1} por dia ({2}).</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit ({1}) covers them.</source>
        <translation>{0} clientes precisam de um modelo no primeiro dia; o limite ({1}) cobre todos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation>&lt;b&gt;Na coexistência&lt;/b&gt;, mensagens recebidas antes do cadastro não abrem janela: a primeira mensagem a cada cliente depois do cadastro deve ser um modelo.</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation>Hoje {0} das mensagens de clientes são respondidas em até 24 horas.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dia</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Respondidas em até 24 h</translation>
    </message>
    <message>
        <source>Used in your chats but not available (or limited) on the API:</source>
        <translation>Usado nas suas conversas, mas indisponível (ou limitado) na API:</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensagens</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>On the API</source>
        <translation>Na API</translation>
    </message>
    <message>
        <source>Messages you send again and again, which will need approved templates:</source>
        <translation>Mensagens que você envia sempre, que vão precisar de modelos aprovados:</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Texto do modelo</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Vezes enviada</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Categoria sugerida</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>América do Norte</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>Resto da África</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>Resto da Ásia-Pacífico</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>Resto da Europa Central e Oriental</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>Resto da América Latina</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>Resto do Oriente Médio</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>Resto da Europa Ocidental</translation>
    </message>
    <message>
        <source>Other (every country Meta does not list)</source>
        <translation>Outros (todo país que a Meta não lista)</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>utilidade</translation>
    </message>
    <message>
        <source>What the cut-over will cost (estimate)</source>
        <translation>Quanto a migração vai custar (estimativa)</translation>
    </message>
    <message>
        <source>One {0} template to each of the {1} customers outside their window, with a known country, would cost about &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>Um modelo de {0} para cada um dos {1} clientes fora da janela, com país conhecido, custaria cerca de &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>its own rate</source>
        <translation>tarifa própria</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>Cobrado como</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Custo</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>Fora do total: %n cliente fora da janela cujo nome de conversa não tem número; o país e o preço dele não são conhecidos.</numerusform>
            <numerusform>Fora do total: %n clientes fora da janela cujo nome de conversa não tem número; o país e o preço deles não são conhecidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta has priced {0} on their own since the dates shown, after this card&apos;s date; the card prices them at the market they belonged to.</source>
        <translation>A Meta cobra {0} com tarifa própria desde as datas indicadas, depois da data desta tabela; a tabela cobra esses países pelo mercado ao qual pertenciam.</translation>
    </message>
    <message>
        <source>You send about {0} replies a month within 24 hours of a customer&apos;s message.</source>
        <translation>Você envia cerca de {0} respostas por mês dentro de 24 horas após a mensagem de um cliente.</translation>
    </message>
    <message>
        <source>Past the {0} free each month, about {1} would be charged as service messages at about {2} each: about &lt;b&gt;{3}&lt;/b&gt; a month.</source>
        <translation>Passando das {0} gratuitas por mês, cerca de {1} seriam cobradas como mensagens de serviço, a cerca de {2} cada: cerca de &lt;b&gt;{3}&lt;/b&gt; por mês.</translation>
    </message>
    <message>
        <source>That is within the {0} service messages free each month.</source>
        <translation>Isso está dentro das {0} mensagens de serviço gratuitas por mês.</translation>
    </message>
    <message>
        <source>Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers through an ad avoids the template price.</source>
        <translation>Clientes que escrevem a partir de um anúncio de clique para o WhatsApp ou de um botão de Página do Facebook, e são respondidos em até 24 horas, podem receber qualquer mensagem de graça nas 72 horas seguintes, modelos incluídos: falar com clientes inativos por um anúncio evita o preço do modelo.</translation>
    </message>
    <message>
        <source>Rates: {0} ({1}); countries placed in markets as on Meta&apos;s pricing page of {2}.</source>
        <translation>Tarifas: {0} ({1}); países agrupados em mercados como na página de preços da Meta de {2}.</translation>
    </message>
    <message>
        <source>Meta may have changed rates since that date (it does so on the first day of a quarter): {0}</source>
        <translation>A Meta pode ter mudado as tarifas desde essa data (ela faz isso no primeiro dia de cada trimestre): {0}</translation>
    </message>
    <message>
        <source>The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market wamigrate knows for them.</source>
        <translation>A tabela tem mercados que o wamigrate ainda não sabe situar ({0}); os países deles são cobrados pelo mercado que o wamigrate conhece para eles.</translation>
    </message>
    <message>
        <source>for today&apos;s figures, download the rate card (CSV) from Meta&apos;s pricing page and give it to wamigrate (the wizard&apos;s cut-over page, or --rate-card on the command line).</source>
        <translation>para os valores de hoje, baixe a tabela de tarifas (CSV) na página de preços da Meta e entregue ao wamigrate (na página da migração do assistente, ou --rate-card na linha de comando).</translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation>Nenhum arquivo foi informado.</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nunca verificado</translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation>última verificação {0}: aprovado</translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation>última verificação {0}: problemas encontrados</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>Exportação {0}</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Arquivo exportado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>country not known (no number in the chat name)</source>
        <translation>país desconhecido (sem número no nome da conversa)</translation>
    </message>
    <message>
        <source>Live check failed</source>
        <translation>A verificação ao vivo falhou</translation>
    </message>
    <message>
        <source>No live check was made: the findings rest on your answers.</source>
        <translation>Nenhuma verificação ao vivo foi feita: os resultados se baseiam nas suas respostas.</translation>
    </message>
    <message>
        <source>Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.</source>
        <translation>Não foi possível consultar a Meta em {0}: {1} Nada foi verificado ao vivo: os resultados se baseiam nas suas respostas.</translation>
    </message>
    <message>
        <source>Checked with Meta&apos;s Graph API at {0}, WhatsApp Business Account {1}.</source>
        <translation>Verificado pela Graph API da Meta em {0}, conta do WhatsApp Business {1}.</translation>
    </message>
    <message>
        <source>display name {0} ({1})</source>
        <translation>nome de exibição {0} ({1})</translation>
    </message>
    <message>
        <source>platform {0}</source>
        <translation>plataforma {0}</translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>qualidade {0}</translation>
    </message>
    <message>
        <source>messaging limit {0}</source>
        <translation>limite de mensagens {0}</translation>
    </message>
    <message>
        <source>throughput {0}</source>
        <translation>vazão {0}</translation>
    </message>
    <message>
        <source>also in the Business app</source>
        <translation>também no app Business</translation>
    </message>
    <message>
        <source>not in the Business app</source>
        <translation>não está no app Business</translation>
    </message>
    <message>
        <source>Account: {0}; business verification: {1}; account review: {2}.</source>
        <translation>Conta: {0}; verificação da empresa: {1}; revisão da conta: {2}.</translation>
    </message>
    <message>
        <source>At the cut-over on {0}, &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation>Na migração, em {0}, &lt;b&gt;{1}&lt;/b&gt; de {2} clientes estão dentro da janela de 24 horas e podem receber uma resposta normal; &lt;b&gt;{3}&lt;/b&gt; só podem ser contatados com um modelo aprovado. Por país: {4}.</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}.</source>
        <translation>Hoje {0} das mensagens de clientes são respondidas em até 24 horas; metade das respostas chega em até {1}.</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, from {2} to {3}; {4}.</source>
        <translation>{0} conversas, {1} mensagens, de {2} a {3}; {4}.</translation>
    </message>
    <message>
        <source>Message templates: {0}.</source>
        <translation>Modelos de mensagem: {0}.</translation>
    </message>
    <message>
        <source>Not read ({0}): {1}</source>
        <translation>Não lido ({0}): {1}</translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation>Nenhuma etapa da lista foi registrada ainda.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>Ainda não está pronto: %n pergunta bloqueante sem resposta</numerusform>
            <numerusform>Ainda não está pronto: %n perguntas bloqueantes sem resposta</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation>Caminho: {0} · gerado em {1} · regras de {2}. As regras mudam: confira a data de cada fonte.</translation>
    </message>
    <message>
        <source>Times are in the time zone {0}.</source>
        <translation>Os horários estão no fuso horário {0}.</translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation>Este relatório não contém texto de mensagens nem números de telefone de clientes.</translation>
    </message>
    <message>
        <source>What is true today of what is often said about the API, for this route:</source>
        <translation>O que é verdade hoje sobre o que se costuma dizer da API, para este caminho:</translation>
    </message>
    <message>
        <source>Often said</source>
        <translation>Costuma-se dizer</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>O que é verdade</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fonte</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Verified live</source>
        <translation>Verificado ao vivo</translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation>O que muda na migração</translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation>Arquivo de conversas</translation>
    </message>
    <message>
        <source>What you may have read</source>
        <translation>O que você pode ter lido</translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation>Lista para cancelar o registro</translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation>Prontidão para a Plataforma WhatsApp Business</translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation>O arquivo foi verificado depois da última importação</translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation>Confirmação em duas etapas: PIN anotado ou desativado</translation>
    </message>
    <message>
        <source>Export the chats with new messages once more, import and verify them</source>
        <translation>Exporte mais uma vez as conversas com mensagens novas, importe e verifique</translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation>Apague a conta no app: Configurações ▸ Conta ▸ Apagar minha conta</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation>Espere pelo menos 5 minutos antes de registrar o número</translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation>Não registre o número de novo em um app do WhatsApp</translation>
    </message>
    <message>
        <source>Register the number on the API with your provider</source>
        <translation>Registre o número na API com o seu provedor</translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation>App WhatsApp Business 2.24.17 ou mais novo</translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation>Os aparelhos conectados serão desconectados; equipe avisada</translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation>Confirmação em duas etapas desativada no Gerenciador do WhatsApp</translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation>Nome de exibição aprovado, sem troca de nome pendente</translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation>Uma forma de pagamento no portfólio empresarial</translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation>Escolha como você vai mudar o número.</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation>Digite o número de telefone com o código do país.</translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation>Diga em qual app do WhatsApp o número está agora.</translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation>Crie um arquivo, ou desbloqueie o que você criou antes.</translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation>Confirme que você guardou a chave de recuperação.</translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation>Importe pelo menos uma conversa exportada.</translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation>Verifique o arquivo: ele precisa passar depois da última importação antes de a conta poder ser apagada.</translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation>Ainda falta: {0}.</translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation>Verifique o arquivo primeiro (página &quot;Revisar e verificar&quot;).</translation>
    </message>
    <message>
        <source>Export again the chats that got new messages since your last export, and import them with “Import the final exports…” below. Until then those messages are only on the phone.</source>
        <translation>Exporte de novo as conversas que receberam mensagens novas desde a sua última exportação e importe-as com “Importar as exportações finais…” abaixo. Até lá, essas mensagens estão só no celular.</translation>
    </message>
    <message>
        <source>Verify the archive after this import (“Verify now” below).</source>
        <translation>Verifique o arquivo depois desta importação (“Verificar agora” abaixo).</translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation>Primeiro: {0}.</translation>
    </message>
    <message>
        <source>Verify the archive after the last import first (“Verify now” below).</source>
        <translation>Primeiro verifique o arquivo depois da última importação (“Verificar agora” abaixo).</translation>
    </message>
    <message>
        <source>Run the readiness check first (page &apos;Business readiness&apos;).</source>
        <translation>Faça primeiro a verificação de prontidão (página &apos;Prontidão da empresa&apos;).</translation>
    </message>
    <message>
        <source>Tap Confirm during onboarding; the provider starts the history sync within 24 hours</source>
        <translation>Toque em Confirmar durante o cadastro; o provedor inicia a sincronização do histórico em até 24 horas</translation>
    </message>
    <message>
        <source>Open the Business app at least every 13 days, or the API side disconnects</source>
        <translation>Abra o app Business pelo menos a cada 13 dias, ou o lado da API se desconecta</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>A verificação de prontidão ainda encontra %n bloqueio, não atendido ou sem resposta: {0}. Resolva ou responda primeiro na página &apos;Prontidão da empresa&apos;.</numerusform>
            <numerusform>A verificação de prontidão ainda encontra %n bloqueios, não atendidos ou sem resposta: {0}. Resolva ou responda primeiro na página &apos;Prontidão da empresa&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>Espere mais %n minuto depois de apagar a conta.</numerusform>
            <numerusform>Espere mais %n minutos depois de apagar a conta.</numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>celular</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fixo</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>celular ou fixo</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito (0800)</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>de tarifa especial</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>universal access</source>
        <translation>de acesso universal</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>de custo compartilhado</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>pessoal (encaminhamento)</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Digite o número de telefone.</translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation>Escolha o país, ou comece o número com + e o código.</translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation>Isto ainda não é um número de telefone.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>O número tem dígitos de menos ou de mais.</translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation>Nenhum número assim está em uso nesse país: confira os dígitos.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconhecido</translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation>Números de pager não podem ser usados na Plataforma WhatsApp Business.</translation>
    </message>
    <message>
        <source>Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot be registered. Make sure it can receive one of them before you start.</source>
        <translation>A Meta envia o código de registro por SMS ou por ligação de voz: se nenhum dos dois chegar a este número, ele não pode ser registrado. Garanta que ele receba um deles antes de começar.</translation>
    </message>
    <message>
        <source>This is a landline: landlines usually cannot receive SMS, so ask for Meta&apos;s code by voice call, and make sure the line answers calls (no menu or voicemail picking up first).</source>
        <translation>Este é um número fixo: números fixos geralmente não recebem SMS, então peça o código da Meta por ligação de voz e garanta que a linha atenda chamadas (sem menu ou caixa postal atendendo antes).</translation>
    </message>
    <message>
        <source>Two-step verification must be turned off in WhatsApp Manager before the move.</source>
        <translation>A confirmação em duas etapas precisa ser desativada no WhatsApp Manager antes da mudança.</translation>
    </message>
    <message>
        <source>Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the checklist asks you to note it or turn it off before the account is deleted.</source>
        <translation>Anote agora o PIN da confirmação em duas etapas, num lugar seguro: você vai precisar dele se o WhatsApp pedir, e a lista de verificação pede para anotá-lo ou desativá-lo antes de excluir a conta.</translation>
    </message>
    <message>
        <source>The app account is already deleted, so coexistence is no longer possible: finish the full migration and register the number with your provider.</source>
        <translation>A conta do aplicativo já foi excluída, então a coexistência não é mais possível: conclua a migração completa e registre o número com o seu provedor.</translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider. To add a provider beside the current one, Conversation Routing (since October 2026) may spare the move.</source>
        <translation>O número já está na API com um provedor: mude-o para o novo provedor. Para adicionar um provedor ao lado do atual, o Conversation Routing (desde outubro de 2026) pode dispensar a mudança.</translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either the account is deleted from the app (after backing up every chat), or the number first moves to the WhatsApp Business app on the same phone and is used there for a week before coexistence (reported by providers; Meta&apos;s help text on moving chats to the Business app was not checked).</source>
        <translation>O número está no app WhatsApp comum: a coexistência exige o app WhatsApp Business; então ou a conta é apagada do app (depois de salvar todas as conversas), ou o número passa primeiro para o app WhatsApp Business no mesmo celular e é usado lá por uma semana antes da coexistência (informado por provedores; o texto de ajuda da Meta sobre levar conversas para o app Business não foi verificado).</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of one-to-one chat history with your provider, if the provider runs the sync within 24 hours of onboarding.</source>
        <translation>O número está no app WhatsApp Business: a coexistência mantém o app funcionando ao lado da API e compartilha até seis meses do histórico de conversas individuais com seu provedor, se o provedor fizer a sincronização em até 24 horas após o cadastro.</translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app, free of charge (on the API the first reply to them must be a template).</source>
        <translation>A maioria dos seus clientes escreveu pela última vez mais de 24 horas antes da migração: com a coexistência você pode continuar respondendo pelo app, sem custo (na API a primeira resposta a eles precisa ser um modelo).</translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation>O número ainda não está no WhatsApp: ele pode ser registrado direto na API.</translation>
    </message>
    <message>
        <source>Say where the number is now (just above) to get a suggestion.</source>
        <translation>Diga onde o número está agora (logo acima) para receber uma sugestão.</translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation>Bem-vindo de volta: desbloqueie seu arquivo para continuar</translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation>Página web, fotos incluídas (.html)</translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation>Página web com uma pasta de mídia (.html)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Documento PDF (.pdf)</translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation>Texto, como o WhatsApp exporta (.txt)</translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation>JSON, para outros programas (.json)</translation>
    </message>
    <message>
        <source>Export “{0}”</source>
        <translation>Exportar &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>The whole chat</source>
        <translation>A conversa inteira</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>De – até</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation>O arquivo exportado não é criptografado: quem tiver acesso a ele pode ler estas mensagens. Guarde-o com cuidado.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar para</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Datas</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>A primeira data é depois da última.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Gravando {0}…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Salvo em {0}.</translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation>Salvar os arquivos de mídia em</translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation>Exportando mídia</translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation>Gravando arquivos de mídia em {0}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln arquivo salvo em {0}.</numerusform>
            <numerusform>%Ln arquivos salvos em {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>Salvar a lista de clientes</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Arquivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the customer list</source>
        <translation>Exportando a lista de clientes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln cliente salvo em {0}.</numerusform>
            <numerusform>%Ln clientes salvos em {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation>O arquivo está íntegro: {0} mensagens de {1} arquivos exportados e {2} arquivos de mídia, tudo conferido.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Verificar o arquivo</translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation>Lendo cada página, mensagem e arquivo de mídia…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Trocar a senha</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Senha atual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nova senha</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Trocar</translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation>Trocando… (cerca de dois segundos)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nova chave de recuperação</translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation>Uma nova chave de recuperação vai substituir a atual, que para de funcionar na hora. Crie uma nova chave se a antiga foi perdida ou vista por outra pessoa. Continuar?</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Criando uma nova chave de recuperação…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Pronto.</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Ir para a data</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>wamigrate — chat archive</source>
        <translation>wamigrate — arquivo de conversas</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Somente leitura</translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation>Filtrar conversas pelo nome</translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation>Filtrar conversas</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Pesquisar</translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation>Conversas ou pesquisa</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>Jump to date…</source>
        <translation>Ir para a data…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation>Importar exportações de conversas…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation>&amp;Importar exportações de conversas…</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar esta conversa…</translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation>Exportar a &amp;mídia desta conversa…</translation>
    </message>
    <message>
        <source>Export the &amp;customer list…</source>
        <translation>Exportar a lista de &amp;clientes…</translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation>&amp;Verificar o arquivo</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Trocar a &amp;senha…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Nova chave de &amp;recuperação…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fechar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>E&amp;xibir</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>&amp;Pesquisar mensagens</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>&amp;Ir para a data…</translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation>&amp;Detalhes da conversa</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Este sou &amp;eu</translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation>Ordenar conversas por</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Atividade recente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como o sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Escuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>About wamigrate</source>
        <translation>Sobre o wamigrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Moves a WhatsApp number to the WhatsApp Business Platform without losing its chats: an encrypted archive of every conversation, the checks Meta applies, and a report for your provider.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: the archive is encrypted with your passphrase, and nothing is sent anywhere unless you ask for the check with Meta.&lt;/p&gt;</source>
        <translation>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Leva um número do WhatsApp para a WhatsApp Business Platform sem perder as conversas: um arquivo criptografado de cada conversa, as verificações que a Meta aplica e um relatório para o seu provedor.&lt;/p&gt;&lt;p&gt;Tudo fica neste computador: o arquivo é criptografado com a sua senha, e nada é enviado a lugar nenhum, a menos que você peça a verificação com a Meta.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Bloquear quando ocioso por</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About wamigrate</source>
        <translation>&amp;Sobre o wamigrate</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>Arquivo: {0}</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>Somente leitura: {0}</translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation>Este arquivo ainda não tem conversas. Importe as exportações de conversas feitas no celular.</translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation>Escolha uma conversa à esquerda, ou pesquise todas as conversas com Ctrl+F.</translation>
    </message>
    <message>
        <source>No senders yet</source>
        <translation>Ainda não há remetentes</translation>
    </message>
    <message>
        <source>Messages from {0} are shown as yours.</source>
        <translation>As mensagens de {0} aparecem como suas.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Copiar texto</translation>
    </message>
    <message>
        <source>Open media…</source>
        <translation>Abrir mídia…</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Ir para a mensagem citada</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation>O arquivo está bloqueado.
{0}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Mídia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Localização</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Enquete</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Mensagem apagada</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ligação</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Áudio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensagem de voz</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Figurinha</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Cartão de contato</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Você</translation>
    </message>
    <message>
        <source>Reactions: {0}</source>
        <translation>Reações: {0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>conversa</translation>
    </message>
    <message>
        <source>reply to {0}</source>
        <translation>resposta a {0}</translation>
    </message>
    <message>
        <source>a message not in this chat</source>
        <translation>uma mensagem que não está nesta conversa</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Resposta</translation>
    </message>
    <message>
        <source>The quoted message is not in this chat of the archive</source>
        <translation>A mensagem citada não está nesta conversa do arquivo</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editada</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>clique duas vezes para abrir</translation>
    </message>
    <message>
        <source>add the phone&apos;s Media folder to see it</source>
        <translation>adicione a pasta Media do celular para vê-la</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>não incluído na exportação</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>mídia deixada fora da exportação</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Carregando foto…</translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation>Conversa individual</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensagem</numerusform>
            <numerusform>%Ln mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>Participantes ({0})</translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation>não incluídos na exportação: {0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhuma</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Importado de</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>importado {0}</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>linha {0}: </translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>Detalhes da conversa</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>Mensagens por mês</translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation>Como as datas estão escritas?</translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation>As datas em {0} podem ser lidas de dois jeitos. Quando a primeira mensagem foi enviada?</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adicionar arquivos…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Adicionar uma pasta…</translation>
    </message>
    <message>
        <source>Add the phone&apos;s backup…</source>
        <translation>Adicionar o backup do celular…</translation>
    </message>
    <message>
        <source>msgstore.db.crypt15, copied from the phone&apos;s WhatsApp/Databases folder</source>
        <translation>msgstore.db.crypt15, copiado da pasta WhatsApp/Databases do celular</translation>
    </message>
    <message>
        <source>Add an iPhone backup…</source>
        <translation>Adicionar backup do iPhone…</translation>
    </message>
    <message>
        <source>A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)</source>
        <translation>Um backup do iPhone feito neste computador (Finder, iTunes, Dispositivos Apple)</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Tirar da lista</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>Exportações a importar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Mensagens novas</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>Já no arquivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Observações</translation>
    </message>
    <message>
        <source>Notes on the selected file</source>
        <translation>Observações sobre o arquivo selecionado</translation>
    </message>
    <message>
        <source>Import what can be read</source>
        <translation>Importar o que puder ser lido</translation>
    </message>
    <message>
        <source>Import this database&apos;s messages without the parts it lacks</source>
        <translation>Importar as mensagens deste banco de dados sem as partes que faltam nele</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>Todos os arquivos: %p%</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>Arquivo atual</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>Este arquivo: %p%</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>Velocidade da importação</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar a importação</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado da importação</translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation>Escolha as exportações de conversas</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>Exportações de conversas</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s backup</source>
        <translation>Escolha o backup do celular</translation>
    </message>
    <message>
        <source>Phone backups</source>
        <translation>Backups do celular</translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation>Escolha uma pasta de exportações de conversas</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>%Ln conversa do celular</numerusform>
            <numerusform>%Ln conversas do celular</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln cópia exportada substituída pelos registros do celular</numerusform>
            <numerusform>%Ln cópias exportadas substituídas pelos registros do celular</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>%Ln arquivo de mídia guardado</numerusform>
            <numerusform>%Ln arquivos de mídia guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>%Ln arquivo ignorado: abra para ver por quê</numerusform>
            <numerusform>%Ln arquivos ignorados: abra para ver por quê</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>Conferir as datas…</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>As datas deste arquivo podem ser lidas de dois jeitos.</translation>
    </message>
    <message>
        <source>The dates could be read two ways: click “Check the dates…” to see both readings.</source>
        <translation>As datas podem ser lidas de dois jeitos: clique em “Conferir as datas…” para ver as duas leituras.</translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation>{0} de {1} lidos, {2} por segundo</translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation>Já importado antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln aviso: abra para ler</numerusform>
            <numerusform>%Ln avisos: abra para ler</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation>{0} mensagens lidas, {1} mensagens por segundo</translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation>Datas conferidas</translation>
    </message>
    <message>
        <source>Drop chat exports here (.txt or .zip files, or folders of them), or the phone&apos;s msgstore.db.crypt15.</source>
        <translation>Solte aqui as exportações de conversas (arquivos .txt ou .zip, ou pastas com eles) ou o msgstore.db.crypt15 do celular.</translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation>Lendo de novo…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Não importado</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>Concluído: %Ln mensagem nova no arquivo.</numerusform>
            <numerusform>Concluído: %Ln mensagens novas no arquivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these files were already in the archive.</source>
        <translation>Nada novo: estes arquivos já estavam no arquivo.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>Nada foi importado: %Ln arquivo não pôde ser lido. Selecione-o para ver o motivo.</numerusform>
            <numerusform>Nada foi importado: %Ln arquivos não puderam ser lidos. Selecione um para ver o motivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>%Ln arquivo não pôde ser lido: selecione-o para ver o motivo.</numerusform>
            <numerusform>%Ln arquivos não puderam ser lidos: selecione um para ver o motivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before, except {0}: it had already been read again with the other date order when Cancel took effect.</source>
        <translation>Importação cancelada. O arquivo está como antes, exceto {0}: já tinha sido lido de novo com a outra ordem de datas quando o cancelamento teve efeito.</translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation>Importação cancelada. O arquivo está como antes.</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>Importar exportações de conversas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamanho real</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>Abrir em outro app</translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation>Cria uma cópia temporária privada para o outro app; ela é apagada quando você fecha esta janela.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Salvar uma cópia…</translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation>Este arquivo não foi incluído na exportação, então o arquivo de conversas não o tem.</translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation>Enviado por {0} em {1}</translation>
    </message>
    <message>
        <source>(notice)</source>
        <translation>(aviso)</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>Tamanho: {0}</translation>
    </message>
    <message>
        <source>The file is missing from the archive. Run “Verify archive” to check it.</source>
        <translation>O arquivo está faltando no arquivo de conversas. Use &quot;Verificar o arquivo&quot; para conferir.</translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation>O wamigrate não consegue mostrar este tipo de arquivo. Use &quot;Abrir em outro app&quot; ou &quot;Salvar uma cópia…&quot;.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salvar uma cópia</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Não salvo</translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation>Não foi possível salvar a cópia: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation>Algumas palavras sem relação, p. ex. cobre lanterna órbita 47</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Senha de novo</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Digite de novo</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>A mesma senha de novo</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar a senha</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Avaliação da senha</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>O Caps Lock parece estar ativado.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Digite uma senha.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>As duas senhas ainda não são iguais.</translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation>Forte o suficiente. Espaços no início ou no fim são ignorados.</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation>Pelo menos 10 caracteres; algumas palavras sem relação são fáceis de lembrar.</translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation>kit de recuperação do wamigrate</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Feito em: {0}</translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation>Esta chave abre o arquivo se a senha for esquecida. Quem tiver a chave e o arquivo pode ler todas as mensagens.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation>Guarde-a em um lugar seguro e longe do computador que tem o arquivo: impressa numa gaveta trancada, ou num gerenciador de senhas.</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation>Esta é a sua chave de recuperação. Ela abre o arquivo se você esquecer a senha. Ela só aparece agora: salve, imprima ou anote, e guarde-a longe deste computador.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Chave de recuperação</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salvar como PDF…</translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation>Para mostrar que você a guardou, digite o último grupo da chave (os quatro caracteres depois do último traço):</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Último grupo da chave de recuperação</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>Conferência da chave de recuperação</translation>
    </message>
    <message>
        <source>That is the last group.</source>
        <translation>Esse é o último grupo.</translation>
    </message>
    <message>
        <source>Not the last group yet.</source>
        <translation>Ainda não é o último grupo.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Copiada. Cole no seu gerenciador de senhas e depois limpe a área de transferência.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado para a impressora.</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>Salvar o kit de recuperação</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>Não foi possível salvar o PDF: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation>Salvo em {0}. Tire-o deste computador (um pendrive, um gerenciador de senhas).</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Sua chave de recuperação</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Eu a guardei</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>Chave de recuperação não guardada</translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation>Você não digitou o último grupo da chave. Sem a chave, uma senha esquecida significa perder o arquivo. Fechar mesmo assim?</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Pesquisar mensagens (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Pesquisar mensagens</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Onde pesquisar</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Todas as conversas</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Esta conversa</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation>Filtrar por remetente, data e tipo de mensagem</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remetente</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Qualquer pessoa</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensagem</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Qualquer tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Situação da pesquisa</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados da pesquisa</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>qualquer data</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation>Digite palavras para encontrar, ou escolha um filtro.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Pesquisando…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Nenhuma mensagem encontrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>%Ln mensagem encontrada até agora; mais aparecem ao rolar.</numerusform>
            <numerusform>%Ln mensagens encontradas até agora; mais aparecem ao rolar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>%Ln mensagem encontrada.</numerusform>
            <numerusform>%Ln mensagens encontradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Digite a chave de recuperação.</translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation>Desbloquear o arquivo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Pasta do arquivo</translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation>Com a senha</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>Com a chave de recuperação</translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation>Resultado do desbloqueio</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>Escolha a pasta do arquivo.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation>Desbloqueando… (leva cerca de um segundo)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>Data das orientações</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>O que ainda falta nesta página</translation>
    </message>
    <message>
        <source>To continue: {0}</source>
        <translation>Para continuar: {0}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Olá!</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Obrigado</translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation>1. Abra a conversa, toque no nome no topo</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Dados do contato</translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation>Mídia, links</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Favoritas</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>Limpar conversa</translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation>2. Toque em Exportar conversa</translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation>Anexar mídia</translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation>Sem mídia</translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation>3. Escolha com ou sem mídia</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartilhar</translation>
    </message>
    <message>
        <source>AirDrop</source>
        <translation>AirDrop</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Mail</translation>
    </message>
    <message>
        <source>Save to Files</source>
        <translation>Salvar em Arquivos</translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation>4. Salve e depois copie para este computador</translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation>1. Abra a conversa, toque em ⋮</translation>
    </message>
    <message>
        <source>View contact</source>
        <translation>Ver contato</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidade</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificações</translation>
    </message>
    <message>
        <source>1. In WhatsApp: ⋮ ▸ Settings ▸ Chats</source>
        <translation>1. No WhatsApp: ⋮ ▸ Configurações ▸ Conversas</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Papel de parede</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Backup de conversas</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>Histórico de conversas</translation>
    </message>
    <message>
        <source>2. Tap Chat backup</source>
        <translation>2. Toque em Backup de conversas</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Fazer backup</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Backup criptografado</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Conta do Google</translation>
    </message>
    <message>
        <source>3. End-to-end encrypted backup ▸ Turn on</source>
        <translation>3. Backup criptografado de ponta a ponta ▸ Ativar</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
    <message>
        <source>Encrypt backup</source>
        <translation>Criptografar backup</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Fazer Backup Agora</translation>
    </message>
    <message>
        <source>Chat Backup</source>
        <translation>Backup de Conversas</translation>
    </message>
    <message>
        <source>Auto Backup</source>
        <translation>Backup Automático</translation>
    </message>
    <message>
        <source>1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup</source>
        <translation>1. No WhatsApp: Configurações ▸ Conversas ▸ Backup de Conversas</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Desativar</translation>
    </message>
    <message>
        <source>2. If the encrypted backup is on, turn it off</source>
        <translation>2. Se o backup criptografado estiver ativado, desative-o</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup</source>
        <translation>3. No computador (Finder, Dispositivos Apple ou iTunes): marque Criptografar backup local</translation>
    </message>
    <message>
        <source>4. Click Back Up Now and wait until it has finished</source>
        <translation>4. Clique em Fazer Backup Agora e espere até terminar</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>criptografado</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sem criptografia</translation>
    </message>
    <message>
        <source>&lt;b&gt;The iPhone&apos;s backup&lt;/b&gt; on this computer holds every WhatsApp chat. Choose the newest backup of the phone.</source>
        <translation>&lt;b&gt;O backup do iPhone&lt;/b&gt; neste computador guarda todas as conversas do WhatsApp. Escolha o backup mais recente do telefone.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>iPhone backups on this computer</source>
        <translation>Backups de iPhone neste computador</translation>
    </message>
    <message>
        <source>Add this backup</source>
        <translation>Adicionar este backup</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Backups encontrados</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Outra pasta…</translation>
    </message>
    <message>
        <source>A backup folder copied elsewhere, or one in a place wamigrate does not know</source>
        <translation>Uma pasta de backup copiada para outro lugar, ou uma num local que o wamigrate não conhece</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Senha</translation>
    </message>
    <message>
        <source>The iPhone backup&apos;s password</source>
        <translation>A senha do backup do iPhone</translation>
    </message>
    <message>
        <source>Only for an encrypted backup: the password chosen for the backups</source>
        <translation>Só para backup criptografado: a senha escolhida para os backups</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Which WhatsApp</source>
        <translation>Qual WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp (or the one the phone has)</source>
        <translation>WhatsApp (ou o que o telefone tiver)</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>%Ln backup encontrado neste computador.</numerusform>
            <numerusform>%Ln backups encontrados neste computador.</numerusform>
        </translation>
    </message>
    <message>
        <source>No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes or the Apple Devices app, or choose the backup&apos;s folder.</source>
        <translation>Nenhum backup de iPhone foi encontrado nos lugares habituais. Conecte o iPhone e faça o backup no Finder, no iTunes ou no app Dispositivos Apple, ou escolha a pasta do backup.</translation>
    </message>
    <message>
        <source>Choose the iPhone backup&apos;s folder</source>
        <translation>Escolha a pasta do backup do iPhone</translation>
    </message>
    <message>
        <source>{0} is encrypted: type the password chosen for the iPhone&apos;s backups.</source>
        <translation>{0} está criptografado: digite a senha escolhida para os backups do iPhone.</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Chave de acesso</translation>
    </message>
    <message>
        <source>64-digit key</source>
        <translation>Chave de 64 dígitos</translation>
    </message>
    <message>
        <source>4. Choose the 64-digit key and write it down</source>
        <translation>4. Escolha a chave de 64 dígitos e anote-a</translation>
    </message>
    <message>
        <source>5. Tap Back up, then copy the file</source>
        <translation>5. Toque em Fazer backup e copie o arquivo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation>2. Toque em Mais</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Denunciar</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Limpar conversa</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar conversa</translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation>3. Toque em Exportar conversa</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>Sem mídia</translation>
    </message>
    <message>
        <source>Include media</source>
        <translation>Incluir mídia</translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation>4. Escolha e salve no Drive ou envie por e-mail</translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation>O que muda na migração</translation>
    </message>
    <message>
        <source>Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past a monthly free allowance), who will need a template, and what the API will not carry over.</source>
        <translation>Quem ainda pode receber uma mensagem comum (cobrada por mensagem desde 1º de out. de 2026, além de uma franquia mensal gratuita), quem vai precisar de um modelo e o que a API não leva junto.</translation>
    </message>
    <message>
        <source>Which of these is you?</source>
        <translation>Qual destes é você?</translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation>Migração planejada</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuso horário</translation>
    </message>
    <message>
        <source>First message to customers outside the window</source>
        <translation>Primeira mensagem para clientes fora da janela</translation>
    </message>
    <message>
        <source>Use Meta&apos;s current rate card…</source>
        <translation>Usar a tabela de tarifas atual da Meta…</translation>
    </message>
    <message>
        <source>The rate card (CSV) downloaded from Meta&apos;s WhatsApp pricing page: its rates price the estimate.</source>
        <translation>A tabela de tarifas (CSV) baixada da página de preços do WhatsApp da Meta: as tarifas dela calculam a estimativa.</translation>
    </message>
    <message>
        <source>Use the rates shipped with wamigrate</source>
        <translation>Usar as tarifas que vêm com o wamigrate</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation>Impacto da mudança</translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation>Clientes pelo tempo desde a última mensagem</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>Escolha o seu nome…</translation>
    </message>
    <message>
        <source>Choose the name your business has in these chats. Until wamigrate knows which sender is you, it cannot tell which customers wrote last, so the counts below are hidden.</source>
        <translation>Escolha o nome que a sua empresa tem nestas conversas. Enquanto o wamigrate não souber qual remetente é você, não consegue dizer quais clientes escreveram por último, por isso as contagens abaixo ficam ocultas.</translation>
    </message>
    <message>
        <source>You chose {0}. The browser shows these messages as yours.</source>
        <translation>Você escolheu {0}. O navegador mostra essas mensagens como suas.</translation>
    </message>
    <message>
        <source>wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong.</source>
        <translation>O wamigrate considerou {0} como você: este nome escreveu em todas as conversas. Escolha outro se estiver errado.</translation>
    </message>
    <message>
        <source>Meta&apos;s rate card</source>
        <translation>Tabela de tarifas da Meta</translation>
    </message>
    <message>
        <source>Rate card (*.csv);;All files (*)</source>
        <translation>Tabela de tarifas (*.csv);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>{0}, effective {1}.</source>
        <translation>{0}, em vigor desde {1}.</translation>
    </message>
    <message>
        <source>Shipped with wamigrate: Meta&apos;s rates effective {0}.</source>
        <translation>Incluídas no wamigrate: tarifas da Meta em vigor desde {0}.</translation>
    </message>
    <message>
        <source>The shipped rates are used instead.</source>
        <translation>As tarifas incluídas no wamigrate são usadas no lugar.</translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation>Analisando o arquivo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Sugestão:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation>Aguarde a análise terminar.</translation>
    </message>
    <message>
        <source>Choose your name above (Which of these is you?): until then wamigrate cannot say which customers wrote last, or who can still be answered without a template.</source>
        <translation>Escolha seu nome acima (Qual destes é você?): até lá o wamigrate não consegue dizer quais clientes escreveram por último, nem quem ainda pode ser respondido sem modelo.</translation>
    </message>
    <message>
        <source>download the rate card (CSV) from Meta&apos;s WhatsApp pricing page and choose it with “Use Meta&apos;s current rate card…” above.</source>
        <translation>baixe a tabela de tarifas (CSV) na página de preços do WhatsApp da Meta e escolha-a com “Usar a tabela de tarifas atual da Meta…” acima.</translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Sua empresa escreve como &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation>Feito na página &quot;Revisar e verificar&quot;: a última verificação passou depois da última importação.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Configurações ▸ Conta ▸ Confirmação em duas etapas: anote o PIN ou desative.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ Configurações ▸ Conta ▸ Confirmação em duas etapas: anote o PIN ou desative.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Configurações ▸ Conta ▸ Apagar minha conta ▸ digite o número ▸ Apagar minha conta.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ Configurações ▸ Conta ▸ Apagar minha conta ▸ digite o número ▸ Apagar minha conta.</translation>
    </message>
    <message>
        <source>Messages that came in since your last export are only on the phone, and deleting the account deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the top), then import the files with the button below and verify.</source>
        <translation>As mensagens que chegaram desde a sua última exportação estão só no celular, e excluir a conta as apaga. No celular, exporte de novo cada conversa com mensagens novas (o WhatsApp as mostra no topo), depois importe os arquivos com o botão abaixo e verifique.</translation>
    </message>
    <message>
        <source>At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept one; the display name; the login of your Meta business portfolio; a payment method.</source>
        <translation>No seu provedor (no site dele ou no link de cadastro que ele enviou), adicione o número. Tenha em mãos: o celular, ligado, para receber o código de 6 dígitos por SMS ou ligação; o PIN da confirmação em duas etapas, se você manteve um; o nome de exibição; o login do seu portfólio empresarial da Meta; uma forma de pagamento.</translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation>A Meta precisa de alguns minutos para liberar o número (erro 133015 se você registrar cedo demais).</translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation>Não abra o WhatsApp no celular para registrar o número de novo: ele sairia da API.</translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation>Play Store ▸ WhatsApp Business ▸ Atualizar. Confira a versão em Configurações ▸ Ajuda ▸ Informações do app.</translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation>App Store ▸ WhatsApp Business ▸ Atualizar. Confira a versão em Configurações ▸ Ajuda.</translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation>As sessões do WhatsApp Web e do computador serão encerradas; avise a equipe que as usa.</translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts the history and contact sync within 24 hours, or the onboarding must be done again.</source>
        <translation>Durante o cadastro o app pede para compartilhar o histórico: toque em Confirmar e garanta que o provedor inicie a sincronização do histórico e dos contatos em até 24 horas, senão o cadastro precisa ser refeito.</translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).</source>
        <translation>Abra o app WhatsApp Business no celular pelo menos a cada 13 dias (semanalmente é mais seguro).</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation>Gerenciador do WhatsApp ▸ Números de telefone ▸ o número ▸ Confirmação em duas etapas ▸ Desativar.</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation>Gerenciador do WhatsApp ▸ Números de telefone: o nome de exibição aparece como Aprovado.</translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation>Configurações do negócio ▸ Pagamentos (ou o portal do provedor): uma forma de pagamento está cadastrada.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation>Marque cada etapa quando estiver feita. Cada marcação fica registrada, com o horário, no arquivo.</translation>
    </message>
    <message>
        <source>Import the final exports…</source>
        <translation>Importar as exportações finais…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar agora</translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation>Feito {0}.</translation>
    </message>
    <message>
        <source>The 5 minutes have passed: tick the wait, then register the number.</source>
        <translation>Os 5 minutos já passaram: marque a espera e depois registre o número.</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>Isto não pode ser desfeito</translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation>Marque só depois de ter feito de verdade: &quot;{0}&quot;. Feito?</translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation>Prontidão da empresa</translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation>Algumas perguntas que a Meta ou o seu provedor vão fazer. Deixe em branco o que ainda não sabe.</translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation>Nome de exibição (visto pelos clientes)</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Razão social</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation>Endereço da política de privacidade</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>Verificação da empresa</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendente</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Não iniciada</translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation>Provedor (parceiro de soluções)</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Tipo de provedor</translation>
    </message>
    <message>
        <source>Solution Partner</source>
        <translation>Solution Partner</translation>
    </message>
    <message>
        <source>Tech Provider</source>
        <translation>Tech Provider</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>Retail and shops</source>
        <translation>Varejo e lojas</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>Alimentação e restaurantes</translation>
    </message>
    <message>
        <source>Health clinic</source>
        <translation>Clínica de saúde</translation>
    </message>
    <message>
        <source>Beauty and wellness</source>
        <translation>Beleza e bem-estar</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educação</translation>
    </message>
    <message>
        <source>Travel and hotels</source>
        <translation>Viagens e hotéis</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Serviços profissionais</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Serviços financeiros</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Imóveis</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotivo</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimento</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sem fins lucrativos</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Governo</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Bebidas alcoólicas</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Tabaco</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>Armas de fogo</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drogas</translation>
    </message>
    <message>
        <source>Prescription medicine</source>
        <translation>Medicamentos com receita</translation>
    </message>
    <message>
        <source>Over-the-counter medicine</source>
        <translation>Medicamentos sem receita</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Dispositivos médicos</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Jogos de azar</translation>
    </message>
    <message>
        <source>Adult products</source>
        <translation>Produtos adultos</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Encontros</translation>
    </message>
    <message>
        <source>Cryptocurrency</source>
        <translation>Criptomoedas</translation>
    </message>
    <message>
        <source>Multi-level marketing</source>
        <translation>Marketing multinível</translation>
    </message>
    <message>
        <source>Payday loans</source>
        <translation>Empréstimos de curto prazo</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>Cobrança de dívidas</translation>
    </message>
    <message>
        <source>Live animals</source>
        <translation>Animais vivos</translation>
    </message>
    <message>
        <source>General-purpose AI assistant</source>
        <translation>Assistente de IA de uso geral</translation>
    </message>
    <message>
        <source>Restricted or regulated by Meta&apos;s policy:</source>
        <translation>Restritas ou reguladas pela política da Meta:</translation>
    </message>
    <message>
        <source>The business already has a Meta business portfolio</source>
        <translation>A empresa já tem um portfólio empresarial na Meta</translation>
    </message>
    <message>
        <source>No, it will be created</source>
        <translation>Não, será criado</translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation>Forma de pagamento cadastrada</translation>
    </message>
    <message>
        <source>A phone menu (IVR) answers calls to this number</source>
        <translation>Um menu telefônico (URA) atende as ligações para este número</translation>
    </message>
    <message>
        <source>Linked devices (WhatsApp Web, desktop, tablets)</source>
        <translation>Dispositivos conectados (WhatsApp Web, computador, tablets)</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 ou mais</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): add them one by one, load a file, or paste them in TOML as in docs/profile-example.toml.</source>
        <translation>&lt;b&gt;Modelos&lt;/b&gt; (opcional): adicione um por um, carregue um arquivo ou cole-os em TOML como em docs/profile-example.toml.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>How customers agree to receive messages</source>
        <translation>Como os clientes aceitam receber mensagens</translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation>Versão do app WhatsApp Business (Configurações ▸ Ajuda)</translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation>Modelos de mensagem (TOML)</translation>
    </message>
    <message>
        <source>Add a template…</source>
        <translation>Adicionar um modelo…</translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation>Carregar modelos de um arquivo…</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Resultados da prontidão</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Ainda não sei</translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation>Arquivo de modelos</translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation>TOML (*.toml);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>Não foi possível ler o arquivo: {0}</translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation>Os modelos não são TOML válido: {0}</translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation>Seu relatório de prontidão</translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation>Salve-o para o seu provedor e guarde o arquivo em segurança.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredito</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>Salvar como página web…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Salvar como JSON…</translation>
    </message>
    <message>
        <source>Include the export file names (they usually contain customers&apos; names)</source>
        <translation>Incluir os nomes dos arquivos exportados (eles costumam conter nomes de clientes)</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Relatório salvo</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>O que ainda falta fazer</translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation>Abrir o navegador do arquivo</translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation>Ler e pesquisar as conversas arquivadas</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Montando o relatório…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n resultado precisa de ação.</numerusform>
            <numerusform>%n resultados precisam de ação.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n pergunta ainda sem resposta.</numerusform>
            <numerusform>%n perguntas ainda sem resposta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Nada mais a fazer.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Página web (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Salvar o relatório</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Salvando o relatório</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;No Android&lt;/b&gt;, para cada conversa: abra a conversa ▸ toque em ⋮ (canto superior direito) ▸ &lt;i&gt;Mais&lt;/i&gt; ▸ &lt;i&gt;Exportar conversa&lt;/i&gt; ▸ &lt;i&gt;Incluir mídia&lt;/i&gt; (ou &lt;i&gt;Sem mídia&lt;/i&gt;) ▸ salve o arquivo no Google Drive ou envie por e-mail para você mesmo, depois copie para este computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation>&lt;b&gt;No iPhone&lt;/b&gt;, para cada conversa: abra a conversa ▸ toque no nome do contato ou do grupo no topo ▸ &lt;i&gt;Exportar conversa&lt;/i&gt; ▸ &lt;i&gt;Anexar mídia&lt;/i&gt; (ou &lt;i&gt;Sem mídia&lt;/i&gt;) ▸ &lt;i&gt;Salvar em Arquivos&lt;/i&gt; ou envie por AirDrop para este computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) or &lt;i&gt;Mail&lt;/i&gt; it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;No iPhone&lt;/b&gt;, para cada conversa: abra a conversa ▸ toque no nome do contato ou do grupo no topo ▸ &lt;i&gt;Exportar conversa&lt;/i&gt; ▸ &lt;i&gt;Anexar mídia&lt;/i&gt; (ou &lt;i&gt;Sem mídia&lt;/i&gt;) ▸ &lt;i&gt;Salvar em Arquivos&lt;/i&gt; (iCloud Drive) ou envie por &lt;i&gt;Mail&lt;/i&gt; para você mesmo, depois copie para este computador.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the phone, in one step&lt;/b&gt; (Android, WhatsApp or WhatsApp Business): turn on the &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; with the &lt;b&gt;64-digit key&lt;/b&gt; (not a password or passkey: those cannot be opened on a computer) and &lt;b&gt;write the key down&lt;/b&gt;, WhatsApp shows it once. Tap &lt;i&gt;Back up&lt;/i&gt;. Then connect the phone by USB and copy &lt;tt&gt;{0}&lt;/tt&gt; to this computer, and, if you want the photos and voice notes too, the &lt;tt&gt;Media&lt;/tt&gt; folder next to &lt;tt&gt;Databases&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Tudo do celular, em uma etapa&lt;/b&gt; (Android, WhatsApp ou WhatsApp Business): ative o &lt;i&gt;backup criptografado de ponta a ponta&lt;/i&gt; com a &lt;b&gt;chave de 64 dígitos&lt;/b&gt; (não com senha nem chave de acesso: essas não podem ser abertas em um computador) e &lt;b&gt;anote a chave&lt;/b&gt;: o WhatsApp a mostra uma única vez. Toque em &lt;i&gt;Fazer backup&lt;/i&gt;. Depois conecte o celular por USB e copie &lt;tt&gt;{0}&lt;/tt&gt; para este computador e, se quiser as fotos e os áudios também, a pasta &lt;tt&gt;Media&lt;/tt&gt; ao lado de &lt;tt&gt;Databases&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation>O WhatsApp coloca no máximo &lt;b&gt;10.000 mensagens recentes&lt;/b&gt; numa exportação com mídia e no máximo &lt;b&gt;40.000&lt;/b&gt; sem mídia. Para uma conversa mais longa, exporte dos dois jeitos: o wamigrate guarda cada mensagem uma vez só.</translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation>Proteja o seu histórico</translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation>Exporte cada conversa do celular e guarde-as num arquivo criptografado neste computador.</translation>
    </message>
    <message>
        <source>Everything from the phone (recommended): every chat, complete</source>
        <translation>Tudo do celular (recomendado): todas as conversas, completas</translation>
    </message>
    <message>
        <source>Chats exported one by one</source>
        <translation>Conversas exportadas uma a uma</translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation>Criar um arquivo novo</translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation>Abrir o arquivo que criei antes</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>Local do arquivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the iPhone, in one step&lt;/b&gt; (WhatsApp or WhatsApp Business): if WhatsApp&apos;s own &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat Backup): while it is on, the chats are not in the computer&apos;s backup. Then connect the iPhone to this computer and back it up: in &lt;b&gt;Finder&lt;/b&gt; on a Mac, or the &lt;b&gt;Apple Devices&lt;/b&gt; app (or iTunes) on Windows, choose &lt;i&gt;Back up all of the data on your iPhone to this computer&lt;/i&gt;, tick &lt;i&gt;Encrypt local backup&lt;/i&gt;, choose a password you will remember, and click &lt;i&gt;Back Up Now&lt;/i&gt;. When it has finished, choose the backup on the next page.</source>
        <translation>&lt;b&gt;Tudo do iPhone, de uma vez&lt;/b&gt; (WhatsApp ou WhatsApp Business): se o &lt;i&gt;backup criptografado de ponta a ponta&lt;/i&gt; do próprio WhatsApp no iCloud estiver ativado, desative-o primeiro (WhatsApp ▸ Configurações ▸ Conversas ▸ Backup de Conversas): enquanto estiver ativado, as conversas não ficam no backup do computador. Depois conecte o iPhone a este computador e faça o backup: no &lt;b&gt;Finder&lt;/b&gt; num Mac, ou no app &lt;b&gt;Dispositivos Apple&lt;/b&gt; (ou iTunes) no Windows, escolha &lt;i&gt;Fazer backup de todos os dados do iPhone neste computador&lt;/i&gt;, marque &lt;i&gt;Criptografar backup local&lt;/i&gt;, escolha uma senha de que você vai se lembrar e clique em &lt;i&gt;Fazer Backup Agora&lt;/i&gt;. Quando terminar, escolha o backup na próxima página.</translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation>Escolha onde o arquivo fica guardado</translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation>Criar o arquivo</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>Situação do arquivo</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Criar uma nova chave de recuperação</translation>
    </message>
    <message>
        <source>Copy every chat from the phone&apos;s own backup, and keep them in an encrypted archive on this computer.</source>
        <translation>Copie todas as conversas do próprio backup do celular e guarde-as em um arquivo criptografado neste computador.</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>Onde guardar o arquivo</translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation>Arquivo (*.wamarchive)</translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation>Escolha a pasta do arquivo (o nome termina em .wamarchive)</translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation>Criando o arquivo… (alguns segundos)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation>Arquivo desbloqueado: {0}</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed while it was shown). Make a new recovery key and keep it before you go on: the old one stops working.</source>
        <translation>Arquivo desbloqueado: {0}. A chave de recuperação dele nunca foi confirmada como guardada (a janela foi fechada enquanto ela aparecia). Crie uma nova chave de recuperação e guarde-a antes de continuar: a antiga deixa de funcionar.</translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation>Arquivo criado: {0}</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the archive.</source>
        <translation>Uma nova chave de recuperação foi criada; a antiga não abre mais o arquivo.</translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation>Aguarde o arquivo abrir.</translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation>Importe suas conversas</translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation>Adicione as conversas exportadas. Você pode adicionar mais depois, nesta página ou no navegador do arquivo.</translation>
    </message>
    <message>
        <source>Choose the iPhone&apos;s newest backup and type its password if it is encrypted. Exported chats can be added too, now or later.</source>
        <translation>Escolha o backup mais recente do iPhone e digite a senha se estiver criptografado. Conversas exportadas também podem ser adicionadas, agora ou depois.</translation>
    </message>
    <message>
        <source>Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats can be added too, now or later.</source>
        <translation>Adicione o msgstore.db.crypt15 que você copiou do celular e digite a chave de 64 dígitos dele. Também é possível adicionar conversas exportadas, agora ou depois.</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>Aguarde a importação terminar, ou cancele.</translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation>Revisar e verificar</translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation>Confira se todas as conversas de que você precisa estão aqui e então verifique o arquivo: cada página, mensagem e arquivo é lido de novo.</translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation>Conversas no arquivo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Origem</translation>
    </message>
    <message>
        <source>Double-click a chat to read it</source>
        <translation>Clique duas vezes numa conversa para lê-la</translation>
    </message>
    <message>
        <source>Rename the chat…</source>
        <translation>Renomear a conversa…</translation>
    </message>
    <message>
        <source>Give the selected chat a name that says who it is</source>
        <translation>Dê à conversa selecionada um nome que diga quem é</translation>
    </message>
    <message>
        <source>Read the chat</source>
        <translation>Ler a conversa</translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation>Verificar o arquivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progresso da verificação</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado da verificação</translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation>Contando as conversas…</translation>
    </message>
    <message>
        <source>Rename the chat</source>
        <translation>Renomear a conversa</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>Novo nome para “{0}”:</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation>{0} conversas, {1} mensagens.</translation>
    </message>
    <message>
        <source>All {0} chats of the phone&apos;s database {1} are here: first message {2}, last message {3}.</source>
        <translation>Todas as {0} conversas do banco de dados do celular {1} estão aqui: primeira mensagem {2}, última mensagem {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln conversa veio só de exportações; o banco de dados do celular não a tinha: {0}</numerusform>
            <numerusform>%Ln conversas vieram só de exportações; o banco de dados do celular não as tinha: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation>Verificado depois da última importação.</translation>
    </message>
    <message>
        <source>Phone and exports</source>
        <translation>Celular e exportações</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportações</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificação cancelada.</translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation>Aguarde a verificação terminar.</translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation>WhatsApp (o app comum)</translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation>App WhatsApp Business</translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation>Já na API, com um provedor</translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation>Ainda não está no WhatsApp</translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation>Leve seu número para a Plataforma WhatsApp Business</translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation>O wamigrate guia você na mudança passo a passo, na ordem segura: primeiro suas conversas são salvas num arquivo criptografado neste computador, depois conferidas, e só então a lista libera a etapa que não pode ser desfeita. Você pode fechar o wamigrate a qualquer momento: ele continua de onde você parou.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history.&lt;/b&gt; On a full migration it does not move: deleting the app account loses every conversation on the phone unless it is backed up first. With coexistence the provider can copy up to 6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; For 24 hours after a customer&apos;s last message or call you can answer with ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those replies are charged per message past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; Meta, “Upcoming pricing updates”, updated 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates, broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;O que muda na API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Histórico das conversas.&lt;/b&gt; Na migração completa ele não vai junto: apagar a conta do app perde todas as conversas do celular, a menos que sejam salvas antes. Com a coexistência o provedor pode copiar até 6 meses de conversas individuais (sem grupos, mídia só dos últimos 14 dias), uma vez, em até 24 horas após o cadastro: mantenha este arquivo como a cópia completa. (Meta, “Migrate an existing WhatsApp number”, atualizado em 31 out. 2025; Meta, “Onboard WhatsApp Business app users”, atualizado em 20 mar. 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;A regra das 24 horas.&lt;/b&gt; Por 24 horas após a última mensagem ou ligação de um cliente você pode responder com mensagens comuns; depois, só com modelos pré-aprovados. Desde 1º de outubro de 2026 essas respostas são cobradas por mensagem além de uma franquia mensal gratuita (provedores informam 1.000 por número), e sem meio de pagamento elas não são entregues. (Meta, “Send messages”, atualizado em 4 nov. 2025; Meta, “Upcoming pricing updates”, atualizado em 1º jul. 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Alguns recursos do app não vão junto:&lt;/b&gt; apagar ou encaminhar mensagens, status, listas de transmissão (os modelos as substituem), enviar enquetes; grupos só para contas de marca verificada, com no máximo 8 pessoas; chamadas só com uma integração de chamadas, e nenhum dos dois na coexistência. Reações e respostas a uma mensagem funcionam. (Meta, “Groups API”, atualizado em 16 jun. 2026)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation>&lt;b&gt;Não sabe qual caminho seguir?&lt;/b&gt; Onde o número está agora?</translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation>Onde o número está agora</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Usar a sugestão</translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation>Caminho sugerido</translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Como você vai mudar o número?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation>Apagar a conta do app e usar o número só na API.</translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation>Coexistência: manter o app WhatsApp Business</translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation>O número funciona no app Business e na API ao mesmo tempo.</translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation>O número já está na API; ele muda para outro provedor.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Seu número</translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation>O número que você vai mudar, e onde ele está agora.</translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation>País do número</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>Escolha o país…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation>p. ex. 11 91234-5678, ou +55 11 91234-5678</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Verificação do número</translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation>Agora ele está no</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Celular</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Não sei</translation>
    </message>
    <message>
        <source>Two-step verification (a 6-digit PIN) is on</source>
        <translation>A confirmação em duas etapas (um PIN de 6 dígitos) está ativada</translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation>O número recebe SMS</translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation>O número recebe ligações de voz</translation>
    </message>
    <message>
        <source>About the registration code</source>
        <translation>Sobre o código de registro</translation>
    </message>
    <message>
        <source>{0}: a {1} number in {2}.</source>
        <translation>{0}: um número {1} em {2}.</translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation>A Meta envia um código de registro ao número por SMS ou ligação de voz, então um dos dois precisa chegar até você no dia do registro.</translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation>wamigrate — mude seu número do WhatsApp</translation>
    </message>
    <message>
        <source>Close and continue later</source>
        <translation>Fechar e continuar depois</translation>
    </message>
    <message>
        <source>Choose the language of wamigrate</source>
        <translation>Escolha o idioma do wamigrate</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Etapa {0} de {1}</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation>Uma importação está em andamento. Cancelar e fechar? O arquivo fica como estava antes da importação.</translation>
    </message>
    <message>
        <source>The recovery key is on screen and you have not typed its last group back yet. If you close now without keeping it, you will be asked to make a new one next time. Close anyway?</source>
        <translation>A chave de recuperação está na tela e você ainda não digitou o último grupo dela. Se fechar agora sem guardá-la, será preciso criar uma nova na próxima vez. Fechar mesmo assim?</translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation>Fechar o assistente? Suas respostas ficam salvas (nunca a sua senha); da próxima vez você continua daqui.</translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation>Fechar o wamigrate</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todas as mensagens</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln mensagem, {0}. Exportada do arquivo em {1}.</numerusform>
            <numerusform>%Ln mensagens, {0}. Exportadas do arquivo em {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>(não está no arquivo)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation>Clientes pelo tempo desde a última mensagem, na migração</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Not answered yet: {0}</source>
        <translation>Ainda sem resposta: {0}</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Responda: {0}</translation>
    </message>
    <message>
        <source>the phone number, with its country code</source>
        <translation>o número de telefone, com o código do país</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a complete international number.</source>
        <translation>&apos;{0}&apos; não é um número internacional completo.</translation>
    </message>
    <message>
        <source>Meta registers only numbers with a country code and area code; short codes are not supported.</source>
        <translation>A Meta registra só números com código do país e DDD; números curtos não são aceitos.</translation>
    </message>
    <message>
        <source>Enter the number with + and the country code, e.g. +44 7911 123456.</source>
        <translation>Digite o número com + e o código do país, p. ex. +55 11 91234-5678.</translation>
    </message>
    <message>
        <source>{0} is not a number in use in its country&apos;s numbering plan.</source>
        <translation>{0} não é um número em uso no plano de numeração do país.</translation>
    </message>
    <message>
        <source>Meta sends a code to the number; an invalid number cannot receive it.</source>
        <translation>A Meta envia um código ao número; um número inválido não pode recebê-lo.</translation>
    </message>
    <message>
        <source>Check the digits and the country code.</source>
        <translation>Confira os dígitos e o código do país.</translation>
    </message>
    <message>
        <source>{0} is a valid number ({1}).</source>
        <translation>{0} é um número válido ({1}).</translation>
    </message>
    <message>
        <source>a landline</source>
        <translation>um fixo</translation>
    </message>
    <message>
        <source>a toll-free number</source>
        <translation>um número gratuito (0800)</translation>
    </message>
    <message>
        <source>a VoIP/virtual number</source>
        <translation>um número VoIP/virtual</translation>
    </message>
    <message>
        <source>a premium-rate number</source>
        <translation>um número de tarifa especial</translation>
    </message>
    <message>
        <source>a universal-access number</source>
        <translation>um número de acesso universal</translation>
    </message>
    <message>
        <source>a shared-cost number</source>
        <translation>um número de custo compartilhado</translation>
    </message>
    <message>
        <source>a personal (forwarding) number</source>
        <translation>um número pessoal (de encaminhamento)</translation>
    </message>
    <message>
        <source>a valid phone number</source>
        <translation>um número de telefone válido</translation>
    </message>
    <message>
        <source>This is a pager number.</source>
        <translation>Este é um número de pager.</translation>
    </message>
    <message>
        <source>Meta does not support pager numbers.</source>
        <translation>A Meta não aceita números de pager.</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>Use um número de celular.</translation>
    </message>
    <message>
        <source>This is {0}.</source>
        <translation>Este é {0}.</translation>
    </message>
    <message>
        <source>Meta does not recommend such numbers for the registration code by SMS or by voice call (nor machine-to-machine numbers): the code may never arrive.</source>
        <translation>A Meta não recomenda esses números para receber o código de registro por SMS nem por ligação (nem números máquina a máquina): o código pode nunca chegar.</translation>
    </message>
    <message>
        <source>Register a mobile or landline number of the business instead, or test that a voice call reaches you.</source>
        <translation>Registre um celular ou fixo da empresa, ou teste se uma ligação chega até você.</translation>
    </message>
    <message>
        <source>Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.</source>
        <translation>A Meta não recomenda receber o código de registro por SMS nesses números; uma ligação de voz funciona.</translation>
    </message>
    <message>
        <source>Choose the voice-call option when Meta sends the code, and make sure a person can answer it.</source>
        <translation>Escolha a opção de ligação de voz quando a Meta enviar o código, e garanta que uma pessoa possa atender.</translation>
    </message>
    <message>
        <source>A mobile number: it can receive the code by SMS or voice call.</source>
        <translation>Um número de celular: pode receber o código por SMS ou ligação de voz.</translation>
    </message>
    <message>
        <source>can the number receive SMS? voice calls?</source>
        <translation>o número recebe SMS? ligações de voz?</translation>
    </message>
    <message>
        <source>The number can receive neither SMS nor voice calls.</source>
        <translation>O número não recebe nem SMS nem ligações de voz.</translation>
    </message>
    <message>
        <source>Meta proves you own the number with a code sent by SMS or voice call.</source>
        <translation>A Meta confirma que o número é seu com um código enviado por SMS ou ligação de voz.</translation>
    </message>
    <message>
        <source>Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before registering.</source>
        <translation>Deixe o número acessível por SMS ou ligação de voz (tire bloqueios de chamada, desative o encaminhamento) antes de registrar.</translation>
    </message>
    <message>
        <source>The number can receive the registration code.</source>
        <translation>O número pode receber o código de registro.</translation>
    </message>
    <message>
        <source>does an IVR (phone menu) answer calls to this number?</source>
        <translation>uma URA (menu telefônico) atende as ligações para este número?</translation>
    </message>
    <message>
        <source>Calls to the number are answered by an IVR.</source>
        <translation>As ligações para o número são atendidas por uma URA.</translation>
    </message>
    <message>
        <source>The registration call must reach a person; IVR numbers that cannot receive it are not supported.</source>
        <translation>A ligação de registro precisa chegar a uma pessoa; números de URA que não a recebem não são aceitos.</translation>
    </message>
    <message>
        <source>Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes from and allow-list them so the call reaches a person.</source>
        <translation>Desative a URA e o encaminhamento durante o registro, ou peça à Meta os números de onde vem a ligação e libere-os para que a ligação chegue a uma pessoa.</translation>
    </message>
    <message>
        <source>No IVR answers the number.</source>
        <translation>Nenhuma URA atende o número.</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irã</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Coreia do Norte</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Síria</translation>
    </message>
    <message>
        <source>the country of the business</source>
        <translation>o país da empresa</translation>
    </message>
    <message>
        <source>The business or number is in {0}.</source>
        <translation>A empresa ou o número está em {0}.</translation>
    </message>
    <message>
        <source>Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not eligible for the WhatsApp Business Platform.</source>
        <translation>Empresas em Cuba, Irã, Coreia do Norte, Síria e nas regiões da Crimeia, Donetsk e Luhansk não podem usar a Plataforma WhatsApp Business.</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration.</source>
        <translation>Isto não pode ser resolvido com configuração.</translation>
    </message>
    <message>
        <source>Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be located there).</source>
        <translation>A região {0} é aceita (Crimeia, Donetsk e Luhansk não podem ser identificadas pelo número: a empresa não pode estar lá).</translation>
    </message>
    <message>
        <source>which WhatsApp app the number is on now</source>
        <translation>em qual app do WhatsApp o número está agora</translation>
    </message>
    <message>
        <source>The number is not registered in a WhatsApp app.</source>
        <translation>O número não está registrado em nenhum app do WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp Messenger</source>
        <translation>WhatsApp Messenger</translation>
    </message>
    <message>
        <source>the WhatsApp Business app</source>
        <translation>o app WhatsApp Business</translation>
    </message>
    <message>
        <source>The number is still registered in {0}.</source>
        <translation>O número ainda está registrado em {0}.</translation>
    </message>
    <message>
        <source>A number cannot be on the API and in the app at once; chat history is not moved to the API.</source>
        <translation>Um número não pode estar na API e no app ao mesmo tempo; o histórico das conversas não vai para a API.</translation>
    </message>
    <message>
        <source>First back up every chat, then in the app: Settings &gt; Account &gt; Delete my account (checklist step).</source>
        <translation>Primeiro salve todas as conversas, depois no app: Configurações &gt; Conta &gt; Apagar minha conta (etapa da lista).</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app, which coexistence supports.</source>
        <translation>O número está no app WhatsApp Business, que a coexistência aceita.</translation>
    </message>
    <message>
        <source>WhatsApp Messenger (personal)</source>
        <translation>WhatsApp Messenger (pessoal)</translation>
    </message>
    <message>
        <source>no WhatsApp app</source>
        <translation>nenhum app do WhatsApp</translation>
    </message>
    <message>
        <source>The number is on {0}.</source>
        <translation>O número está em {0}.</translation>
    </message>
    <message>
        <source>Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.</source>
        <translation>A coexistência mantém o app WhatsApp Business junto com a API; ela não existe para outros números.</translation>
    </message>
    <message>
        <source>Choose the full-migration route, or move the number to the WhatsApp Business app first.</source>
        <translation>Escolha o caminho de migração completa, ou passe o número para o app WhatsApp Business antes.</translation>
    </message>
    <message>
        <source>Reminder for cut-over day.</source>
        <translation>Lembrete para o dia da migração.</translation>
    </message>
    <message>
        <source>Registering too soon after deleting the app account fails with error 133015.</source>
        <translation>Registrar cedo demais depois de apagar a conta do app falha com o erro 133015.</translation>
    </message>
    <message>
        <source>After deleting the account, wait at least 5 minutes before the provider registers the number.</source>
        <translation>Depois de apagar a conta, espere pelo menos 5 minutos antes de o provedor registrar o número.</translation>
    </message>
    <message>
        <source>the Business app version</source>
        <translation>a versão do app Business</translation>
    </message>
    <message>
        <source>the provider&apos;s partner type</source>
        <translation>o tipo de parceiro do provedor</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>the Business app is version {0} (2.24.17 or newer is needed)</source>
        <translation>o app Business está na versão {0} (é preciso a 2.24.17 ou mais nova)</translation>
    </message>
    <message>
        <source>the provider is neither a Solution Partner nor a Tech Provider</source>
        <translation>o provedor não é Solution Partner nem Tech Provider</translation>
    </message>
    <message>
        <source>Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.</source>
        <translation>A Meta só oferece coexistência por Solution Partners e Tech Providers, em versões recentes do app.</translation>
    </message>
    <message>
        <source>Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.</source>
        <translation>Atualize o app WhatsApp Business; escolha um provedor que seja Solution Partner ou Tech Provider.</translation>
    </message>
    <message>
        <source>App version and provider support coexistence.</source>
        <translation>A versão do app e o provedor aceitam coexistência.</translation>
    </message>
    <message>
        <source>Providers also report that the number must have been used in the Business app for at least 7 days before onboarding, and Meta&apos;s Embedded Signup v2 stopped working on 15 Oct 2026: a provider still using it cannot onboard anyone.</source>
        <translation>Provedores também informam que o número precisa ter sido usado no app Business por pelo menos 7 dias antes do cadastro, e o Embedded Signup v2 da Meta parou de funcionar em 15 de out. de 2026: um provedor que ainda o use não consegue cadastrar ninguém.</translation>
    </message>
    <message>
        <source>Use the Business app for a week before onboarding, and ask the provider which signup version it uses.</source>
        <translation>Use o app Business por uma semana antes do cadastro e pergunte ao provedor qual versão de cadastro ele usa.</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>o número de telefone</translation>
    </message>
    <message>
        <source>The number&apos;s country code is +{0}.</source>
        <translation>O código do país do número é +{0}.</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers.</source>
        <translation>A coexistência não está disponível para números da Nigéria (+234) e da África do Sul (+27).</translation>
    </message>
    <message>
        <source>Use the full-migration route for this number.</source>
        <translation>Use o caminho de migração completa para este número.</translation>
    </message>
    <message>
        <source>Coexistence is available for +{0}.</source>
        <translation>A coexistência está disponível para +{0}.</translation>
    </message>
    <message>
        <source>Good to know.</source>
        <translation>Bom saber.</translation>
    </message>
    <message>
        <source>A coexistence number sends at most 20 messages per second (80 normally).</source>
        <translation>Um número em coexistência envia no máximo 20 mensagens por segundo (80 normalmente).</translation>
    </message>
    <message>
        <source>Plan the onboarding day.</source>
        <translation>Planeje o dia do cadastro.</translation>
    </message>
    <message>
        <source>The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during onboarding, and the provider must start the history and contact sync within 24 hours of it, or you have to leave and redo the onboarding. Media older than 14 days is not included.</source>
        <translation>O provedor pode copiar até 180 dias de conversas individuais (não grupos) uma única vez; você toca em Confirmar durante o cadastro, e o provedor precisa iniciar a sincronização do histórico e dos contatos em até 24 horas, senão é preciso sair e refazer o cadastro. Mídias com mais de 14 dias não entram.</translation>
    </message>
    <message>
        <source>Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts the sync the same day.</source>
        <translation>Mantenha este arquivo como a cópia completa; toque em Confirmar durante o cadastro e garanta que o provedor inicie a sincronização no mesmo dia.</translation>
    </message>
    <message>
        <source>The number joins an existing business portfolio and gets its messaging limit at once.</source>
        <translation>O número entra em um portfólio empresarial existente e recebe o limite de mensagens dele na hora.</translation>
    </message>
    <message>
        <source>The limit belongs to the business portfolio and is shared by all of its numbers.</source>
        <translation>O limite pertence ao portfólio empresarial e é compartilhado por todos os seus números.</translation>
    </message>
    <message>
        <source>Other numbers&apos; templates use up the same limit: plan the first day with that in mind.</source>
        <translation>Os modelos dos outros números consomem o mesmo limite: planeje o primeiro dia pensando nisso.</translation>
    </message>
    <message>
        <source>does the business already have a Meta business portfolio?</source>
        <translation>a empresa já tem um portfólio empresarial na Meta?</translation>
    </message>
    <message>
        <source>A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to 2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 customers reached in 30 days with high-quality templates) and a review of message quality.</source>
        <translation>Um portfólio empresarial novo começa com 250 clientes por dia fora da janela de 24 horas. A Meta o eleva a 2.000 após um de três caminhos (verificação da empresa, verificação pelo parceiro, ou 2.000 clientes alcançados em 30 dias com modelos de alta qualidade) e uma análise da qualidade das mensagens.</translation>
    </message>
    <message>
        <source>New portfolio, verified business: 250 customers a day at first, 2,000 after Meta&apos;s quality review.</source>
        <translation>Portfólio novo, empresa verificada: 250 clientes por dia no início, 2.000 após a análise de qualidade da Meta.</translation>
    </message>
    <message>
        <source>A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window.</source>
        <translation>Um portfólio empresarial novo, ainda não verificado: 250 clientes por dia fora da janela de 24 horas.</translation>
    </message>
    <message>
        <source>Complete business verification (or partner-led verification) before the cut-over, or spread the first templates over several days.</source>
        <translation>Conclua a verificação da empresa (ou a verificação pelo parceiro) antes da migração, ou distribua os primeiros modelos em vários dias.</translation>
    </message>
    <message>
        <source>it needs a copy-code or one-tap button</source>
        <translation>precisa de um botão de copiar código ou de um toque</translation>
    </message>
    <message>
        <source>its body must be Meta&apos;s preset text (&apos;{{1}} is your verification code.&apos;)</source>
        <translation>o corpo deve ser o texto predefinido da Meta (&apos;{{1}} is your verification code.&apos;)</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates are its preset code message with a copy-code or one-tap button; a custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a username (error 131062).</source>
        <translation>Os modelos de autenticação da Meta são a mensagem de código predefinida com um botão de copiar código ou de um toque; texto próprio, links, mídia ou emojis são rejeitados. Não podem ser enviados a clientes conhecidos só por nome de usuário (erro 131062).</translation>
    </message>
    <message>
        <source>Create the template from Meta&apos;s authentication preset and add a copy-code or one-tap button.</source>
        <translation>Crie o modelo a partir do predefinido de autenticação da Meta e adicione um botão de copiar código ou de um toque.</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 (error 131049); Canadian numbers are not affected.</source>
        <translation>Modelos de marketing não são entregues a números dos EUA (+1 com código de área dos EUA) desde 1º de abril de 2025 (erro 131049); números do Canadá não são afetados.</translation>
    </message>
    <message>
        <source>Plan utility templates (or replies inside the 24-hour window) for US customers.</source>
        <translation>Planeje modelos utilitários (ou respostas dentro da janela de 24 horas) para clientes dos EUA.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>%n dos seus clientes tem número dos EUA: modelos de marketing não chegarão a ele.</numerusform>
            <numerusform>%n dos seus clientes têm números dos EUA: modelos de marketing não chegarão a eles.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s customers has a US number.</source>
        <translation>Nenhum cliente do arquivo tem número dos EUA.</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n modelo de marketing, e a empresa está nos EUA: a maioria dos clientes provavelmente tem números dos EUA.</numerusform>
            <numerusform>%n modelos de marketing, e a empresa está nos EUA: a maioria dos clientes provavelmente tem números dos EUA.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing templates reach your customers unless they have US numbers.</source>
        <translation>Modelos de marketing chegam aos seus clientes, a menos que tenham números dos EUA.</translation>
    </message>
    <message>
        <source>how many linked devices (WhatsApp Web, desktop) the app has</source>
        <translation>quantos aparelhos conectados (WhatsApp Web, computador) o app tem</translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n aparelho conectado.</numerusform>
            <numerusform>%n aparelhos conectados.</numerusform>
        </translation>
    </message>
    <message>
        <source>All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.</source>
        <translation>Todos os aparelhos conectados são desconectados no cadastro; WhatsApp para Windows e WearOS não são aceitos.</translation>
    </message>
    <message>
        <source>Tell the staff who use them; re-link them after onboarding.</source>
        <translation>Avise a equipe que os usa; conecte-os de novo depois do cadastro.</translation>
    </message>
    <message>
        <source>No linked devices.</source>
        <translation>Nenhum aparelho conectado.</translation>
    </message>
    <message>
        <source>is two-step verification on for the number?</source>
        <translation>a confirmação em duas etapas está ativada para o número?</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>A confirmação em duas etapas está ativada.</translation>
    </message>
    <message>
        <source>Moving a number between providers fails while two-step verification is on (error 2388001).</source>
        <translation>Mudar um número entre provedores falha enquanto a confirmação em duas etapas estiver ativada (erro 2388001).</translation>
    </message>
    <message>
        <source>Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio&apos;s address); there is no API for it.</source>
        <translation>Desative no Gerenciador do WhatsApp (um link por e-mail vai para o endereço do portfólio); não há API para isso.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>A confirmação em duas etapas está desativada.</translation>
    </message>
    <message>
        <source>Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.</source>
        <translation>Registrar e cancelar registro têm limite de 10 tentativas por número em 72 horas; passando disso, 72 h de bloqueio.</translation>
    </message>
    <message>
        <source>Do not retry registration in a loop; check the error and wait as it says.</source>
        <translation>Não tente registrar em sequência; leia o erro e espere o que ele indicar.</translation>
    </message>
    <message>
        <source>the display name you will ask Meta for</source>
        <translation>o nome de exibição que você vai pedir à Meta</translation>
    </message>
    <message>
        <source>it is a generic term</source>
        <translation>é um termo genérico</translation>
    </message>
    <message>
        <source>it mentions WhatsApp, Meta or their apps</source>
        <translation>menciona WhatsApp, Meta ou os apps deles</translation>
    </message>
    <message>
        <source>it claims to be official or verified</source>
        <translation>diz ser oficial ou verificado</translation>
    </message>
    <message>
        <source>it looks like a web or e-mail address</source>
        <translation>parece um endereço web ou de e-mail</translation>
    </message>
    <message>
        <source>it reads as advertising</source>
        <translation>soa como propaganda</translation>
    </message>
    <message>
        <source>Meta rejects display names that do not plainly name the business.</source>
        <translation>A Meta rejeita nomes de exibição que não dizem claramente o nome da empresa.</translation>
    </message>
    <message>
        <source>Use the name customers know the business by, e.g. &apos;Fresh Produce&apos; or &apos;Fruit Snacks by Fresh Produce&apos;.</source>
        <translation>Use o nome pelo qual os clientes conhecem a empresa, p. ex. &apos;Hortifruti Fresco&apos; ou &apos;Lanches de Frutas por Hortifruti Fresco&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names the business.</source>
        <translation>&apos;{0}&apos; dá nome à empresa.</translation>
    </message>
    <message>
        <source>the display name and the legal name of the business</source>
        <translation>o nome de exibição e a razão social da empresa</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shares words with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; tem palavras em comum com a razão social &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no word in common with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; não tem nenhuma palavra em comum com a razão social &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Meta asks for a clear relationship to the legal name, or to branding shown on the website.</source>
        <translation>A Meta pede uma relação clara com a razão social, ou com a marca mostrada no site.</translation>
    </message>
    <message>
        <source>Show &apos;{0}&apos; on the business website, or use &apos;{1} by {2}&apos;.</source>
        <translation>Mostre &apos;{0}&apos; no site da empresa, ou use &apos;{1} por {2}&apos;.</translation>
    </message>
    <message>
        <source>it has fewer than 3 characters</source>
        <translation>tem menos de 3 caracteres</translation>
    </message>
    <message>
        <source>it is all capitals</source>
        <translation>está todo em maiúsculas</translation>
    </message>
    <message>
        <source>it contains emoji</source>
        <translation>tem emojis</translation>
    </message>
    <message>
        <source>it contains symbols</source>
        <translation>tem símbolos</translation>
    </message>
    <message>
        <source>it has double spaces</source>
        <translation>tem espaços duplos</translation>
    </message>
    <message>
        <source>Meta&apos;s formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.</source>
        <translation>As regras de formato da Meta pedem maiúsculas normais, sem emojis ou símbolos, 3 caracteres ou mais.</translation>
    </message>
    <message>
        <source>Write the name as in normal text, e.g. &apos;Casa Verde&apos; rather than &apos;CASA VERDE ✨&apos;.</source>
        <translation>Escreva o nome como num texto normal, p. ex. &apos;Casa Verde&apos; em vez de &apos;CASA VERDE ✨&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is formatted as Meta expects.</source>
        <translation>&apos;{0}&apos; está no formato que a Meta espera.</translation>
    </message>
    <message>
        <source>the business category</source>
        <translation>a categoria da empresa</translation>
    </message>
    <message>
        <source>Category: {0}.</source>
        <translation>Categoria: {0}.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s Business Messaging Policy does not allow businesses to buy, sell or promote this through WhatsApp, whatever their licences.</source>
        <translation>A Política de Mensagens Comerciais do WhatsApp não permite que empresas comprem, vendam ou promovam isso pelo WhatsApp, sejam quais forem suas licenças.</translation>
    </message>
    <message>
        <source>Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.</source>
        <translation>Talvez só mensagens sem relação com esses produtos ou serviços sejam possíveis; pergunte ao provedor antes de migrar.</translation>
    </message>
    <message>
        <source>Category: {0} (a regulated vertical).</source>
        <translation>Categoria: {0} (um setor regulado).</translation>
    </message>
    <message>
        <source>Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; online gambling needs Meta&apos;s prior written permission.</source>
        <translation>Permitido só na Plataforma, só nos países listados, sem recursos de comércio, nunca para menores de 18; apostas online precisam de autorização prévia por escrito da Meta.</translation>
    </message>
    <message>
        <source>Confirm with the provider that your country is on Meta&apos;s list (and get permission for gambling).</source>
        <translation>Confirme com o provedor que o seu país está na lista da Meta (e peça autorização para apostas).</translation>
    </message>
    <message>
        <source>how customers agree to receive WhatsApp messages from the business</source>
        <translation>como os clientes aceitam receber mensagens da empresa no WhatsApp</translation>
    </message>
    <message>
        <source>No opt-in is collected.</source>
        <translation>Nenhum consentimento é coletado.</translation>
    </message>
    <message>
        <source>The API may message only customers who agreed to receive messages from the business.</source>
        <translation>A API só pode enviar mensagens a clientes que aceitaram receber mensagens da empresa.</translation>
    </message>
    <message>
        <source>Collect opt-in (website form, SMS, in person or on paper) stating the business&apos;s name.</source>
        <translation>Colete o consentimento (formulário no site, SMS, pessoalmente ou em papel) com o nome da empresa.</translation>
    </message>
    <message>
        <source>Opt-in: {0}.</source>
        <translation>Consentimento: {0}.</translation>
    </message>
    <message>
        <source>No verified archive of the chats yet.</source>
        <translation>Ainda não há um arquivo verificado das conversas.</translation>
    </message>
    <message>
        <source>Deleting the app account deletes the chat history; the API does not receive it.</source>
        <translation>Apagar a conta do app apaga o histórico das conversas; a API não o recebe.</translation>
    </message>
    <message>
        <source>Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).</source>
        <translation>Exporte cada conversa, importe as exportações num arquivo e verifique-o (wamigrate import, wamigrate verify).</translation>
    </message>
    <message>
        <source>The archive has not passed verification since the last import.</source>
        <translation>O arquivo não passou na verificação desde a última importação.</translation>
    </message>
    <message>
        <source>Only a verified archive is a proven copy of the history.</source>
        <translation>Só um arquivo verificado é uma cópia comprovada do histórico.</translation>
    </message>
    <message>
        <source>Run &apos;Verify archive&apos; (wamigrate verify) and fix what it reports.</source>
        <translation>Use &quot;Verificar o arquivo&quot; (wamigrate verify) e resolva o que ele apontar.</translation>
    </message>
    <message>
        <source>Verified archive with {0} messages.</source>
        <translation>Arquivo verificado com {0} mensagens.</translation>
    </message>
    <message>
        <source>No templates to check.</source>
        <translation>Nenhum modelo para conferir.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>%n modelo conferido.</numerusform>
            <numerusform>%n modelos conferidos.</numerusform>
        </translation>
    </message>
    <message>
        <source>the name must be lowercase letters, digits and _</source>
        <translation>o nome deve ter letras minúsculas, dígitos e _</translation>
    </message>
    <message>
        <source>Meta rejects other template names.</source>
        <translation>A Meta rejeita outros nomes de modelo.</translation>
    </message>
    <message>
        <source>Rename, e.g. &apos;order_ready&apos;.</source>
        <translation>Renomeie, p. ex. &apos;pedido_pronto&apos;.</translation>
    </message>
    <message>
        <source>header has {0} characters (60 at most)</source>
        <translation>o cabeçalho tem {0} caracteres (no máximo 60)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>o corpo está vazio</translation>
    </message>
    <message>
        <source>body has {0} characters (1,024 at most)</source>
        <translation>o corpo tem {0} caracteres (no máximo 1.024)</translation>
    </message>
    <message>
        <source>footer has {0} characters (60 at most)</source>
        <translation>o rodapé tem {0} caracteres (no máximo 60)</translation>
    </message>
    <message>
        <source>{0} buttons (10 at most)</source>
        <translation>{0} botões (no máximo 10)</translation>
    </message>
    <message>
        <source>button &apos;{0}&apos; is longer than 25 characters</source>
        <translation>o botão &apos;{0}&apos; tem mais de 25 caracteres</translation>
    </message>
    <message>
        <source>the header has more than one parameter</source>
        <translation>o cabeçalho tem mais de um parâmetro</translation>
    </message>
    <message>
        <source>Meta rejects templates over these limits.</source>
        <translation>A Meta rejeita modelos acima destes limites.</translation>
    </message>
    <message>
        <source>Shorten the parts named.</source>
        <translation>Encurte as partes citadas.</translation>
    </message>
    <message>
        <source>parameters must be {{1}}, {{2}}... or lowercase names</source>
        <translation>os parâmetros devem ser {{1}}, {{2}}... ou nomes em minúsculas</translation>
    </message>
    <message>
        <source>parameters {0} are not 1, 2, 3... without gaps</source>
        <translation>os parâmetros {0} não são 1, 2, 3... sem falhas</translation>
    </message>
    <message>
        <source>{0} parameters but {1} sample values</source>
        <translation>{0} parâmetros mas {1} valores de exemplo</translation>
    </message>
    <message>
        <source>Meta requires positional parameters in order from 1, and a sample value for each.</source>
        <translation>A Meta exige parâmetros posicionais em ordem a partir de 1, e um valor de exemplo para cada um.</translation>
    </message>
    <message>
        <source>Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.</source>
        <translation>Numere os parâmetros {{1}}, {{2}}... em ordem e dê um valor de exemplo por parâmetro.</translation>
    </message>
    <message>
        <source>the body starts or ends with a parameter</source>
        <translation>o corpo começa ou termina com um parâmetro</translation>
    </message>
    <message>
        <source>two parameters are next to each other</source>
        <translation>dois parâmetros estão lado a lado</translation>
    </message>
    <message>
        <source>a sample value contains #, $ or %</source>
        <translation>um valor de exemplo contém #, $ ou %</translation>
    </message>
    <message>
        <source>These are among Meta&apos;s most common reasons to reject a template.</source>
        <translation>Estes estão entre os motivos mais comuns da Meta para rejeitar um modelo.</translation>
    </message>
    <message>
        <source>Put words before the first and after the last parameter; separate parameters with words.</source>
        <translation>Ponha palavras antes do primeiro e depois do último parâmetro; separe os parâmetros com palavras.</translation>
    </message>
    <message>
        <source>authentication templates cannot contain links</source>
        <translation>modelos de autenticação não podem ter links</translation>
    </message>
    <message>
        <source>authentication templates cannot carry media</source>
        <translation>modelos de autenticação não podem ter mídia</translation>
    </message>
    <message>
        <source>authentication templates cannot contain emoji</source>
        <translation>modelos de autenticação não podem ter emojis</translation>
    </message>
    <message>
        <source>No marketing templates.</source>
        <translation>Nenhum modelo de marketing.</translation>
    </message>
    <message>
        <source>Enter an access token for the WhatsApp Business Account.</source>
        <translation>Digite um token de acesso da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>Meta did not answer within {0} seconds. Check the connection and try again.</source>
        <translation>A Meta não respondeu em {0} segundos. Confira a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>No internet connection: Meta could not be reached within {0} seconds. Check the connection and try again.</source>
        <translation>Sem conexão com a internet: não foi possível alcançar a Meta em {0} segundos. Verifique a conexão e tente de novo.</translation>
    </message>
    <message>
        <source>Could not reach Meta ({0}). Check the internet connection and try again.</source>
        <translation>Não foi possível falar com a Meta ({0}). Confira a conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a proxy or a firewall?). Connect to the internet directly and try again.</source>
        <translation>A resposta não veio da Meta: voltou uma página da web (uma página de login do Wi-Fi, um proxy ou um firewall?). Conecte-se diretamente à internet e tente de novo.</translation>
    </message>
    <message>
        <source>Meta&apos;s answers took too long (more than {0} seconds in all); the check stopped.</source>
        <translation>As respostas da Meta demoraram demais (mais de {0} segundos no total); a verificação parou.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not a list as expected; the check stopped.</source>
        <translation>A resposta da Meta não era uma lista, como esperado; a verificação parou.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer repeated the same page; the check stopped.</source>
        <translation>A resposta da Meta repetiu a mesma página; a verificação parou.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer went on for more than {0} pages; the check stopped.</source>
        <translation>A resposta da Meta passou de {0} páginas; a verificação parou.</translation>
    </message>
    <message>
        <source>That is not an access token: a token is one line of letters and digits, without spaces (it usually starts with EAA). Check that the token file holds only the token.</source>
        <translation>Isso não é um token de acesso: um token é uma única linha de letras e números, sem espaços (geralmente começa com EAA). Verifique se o arquivo do token contém apenas o token.</translation>
    </message>
    <message>
        <source>The answer was far larger than any answer from Meta (over {0} MB); the check stopped.</source>
        <translation>A resposta era muito maior que qualquer resposta da Meta (mais de {0} MB); a verificação parou.</translation>
    </message>
    <message>
        <source> Meta said: {0}</source>
        <translation> A Meta disse: {0}</translation>
    </message>
    <message>
        <source>The access token has expired. Make a new one in Meta Business Suite (System users) and try again.</source>
        <translation>O token de acesso expirou. Crie um novo no Meta Business Suite (Usuários do sistema) e tente de novo.</translation>
    </message>
    <message>
        <source>The access token stopped working because the password of its user changed. Make a new one.</source>
        <translation>O token de acesso parou de funcionar porque a senha do usuário dele mudou. Crie um novo.</translation>
    </message>
    <message>
        <source>Meta does not accept this access token (revoked or mistyped). Make a new one and try again.</source>
        <translation>A Meta não aceita este token de acesso (revogado ou digitado errado). Crie um novo e tente de novo.</translation>
    </message>
    <message>
        <source>The access token may not read this WhatsApp Business Account: it needs the whatsapp_business_management permission and access to the account.</source>
        <translation>O token de acesso não pode ler esta conta do WhatsApp Business: ele precisa da permissão whatsapp_business_management e de acesso à conta.</translation>
    </message>
    <message>
        <source>Meta is limiting calls right now. Wait a few minutes and try again.</source>
        <translation>A Meta está limitando as chamadas agora. Espere alguns minutos e tente de novo.</translation>
    </message>
    <message>
        <source>Meta does not know this account or field: check the WhatsApp Business Account ID.</source>
        <translation>A Meta não conhece esta conta ou campo: confira o ID da conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>Meta&apos;s service is failing right now (HTTP {0}). Try again later.</source>
        <translation>O serviço da Meta está falhando agora (HTTP {0}). Tente mais tarde.</translation>
    </message>
    <message>
        <source>Meta refused the request (HTTP {0}).</source>
        <translation>A Meta recusou o pedido (HTTP {0}).</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not about this WhatsApp Business Account; the check stopped.</source>
        <translation>A resposta da Meta não era sobre esta conta do WhatsApp Business; a verificação parou.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).</source>
        <translation>O ID da conta do WhatsApp Business é um número (Gerenciador do WhatsApp ▸ Ferramentas da conta ▸ Detalhes da conta).</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not keep the token ({0}); it stays in memory until you close wamigrate.</source>
        <translation>O chaveiro deste computador não conseguiu guardar o token ({0}); ele fica na memória até você fechar o wamigrate.</translation>
    </message>
    <message>
        <source>Check with Meta (optional, online)</source>
        <translation>Verificar com a Meta (opcional, on-line)</translation>
    </message>
    <message>
        <source>If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: the number&apos;s registration, display name, quality and messaging limit, and each template&apos;s review. This goes online to Meta with your access token; nothing else leaves this computer.</source>
        <translation>Se a empresa já tem uma conta do WhatsApp Business, o wamigrate pode perguntar à Meta o que ela sabe: o registro do número, o nome de exibição, a qualidade e o limite de mensagens, e a revisão de cada modelo. Isto vai on-line para a Meta com o seu token de acesso; nada mais sai deste computador.</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID da conta do WhatsApp Business</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acesso</translation>
    </message>
    <message>
        <source>From Meta Business Suite ▸ System users, or from your provider</source>
        <translation>No Meta Business Suite ▸ Usuários do sistema, ou com o seu provedor</translation>
    </message>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>Guardar o token no chaveiro deste computador</translation>
    </message>
    <message>
        <source>Check with Meta</source>
        <translation>Verificar com a Meta</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar a verificação</translation>
    </message>
    <message>
        <source>Live check status</source>
        <translation>Situação da verificação ao vivo</translation>
    </message>
    <message>
        <source>Enter the account ID and an access token first.</source>
        <translation>Digite antes o ID da conta e um token de acesso.</translation>
    </message>
    <message>
        <source>Asking Meta…</source>
        <translation>Perguntando à Meta…</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>Não verificado: a verificação foi cancelada.</translation>
    </message>
    <message>
        <source>Not checked: {0}</source>
        <translation>Não verificado: {0}</translation>
    </message>
    <message>
        <source>Checked with Meta at {0} (UTC).</source>
        <translation>Verificado com a Meta em {0} (UTC).</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>Não lido: {0}.</translation>
    </message>
    <message>
        <source>%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as �. Export the chat again if those messages matter.</source>
        <translation>%n byte(s) desta exportação não são UTF-8 válido (o arquivo está danificado ali); cada um aparece como �. Exporte a conversa de novo se essas mensagens importarem.</translation>
    </message>
    <message>
        <source>This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right.</source>
        <translation>Esta exportação não é texto UTF-8; foi lida como {0}. Confira se os nomes e as letras acentuadas aparecem certos.</translation>
    </message>
    <message>
        <source>The dates in this export could be read either way (day before month, or month before day). Check the dates, and choose the order if they are wrong.</source>
        <translation>As datas desta exportação podem ser lidas de dois jeitos (dia antes do mês, ou mês antes do dia). Confira as datas e escolha a ordem se estiverem erradas.</translation>
    </message>
    <message>
        <source>%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, and the order of the file. Check the years there.</source>
        <translation>%n mensagem(ns) entre as linhas {0} e {1} não escrevem o ano; ele foi tirado das mensagens que escrevem e da ordem do arquivo. Confira os anos ali.</translation>
    </message>
    <message>
        <source>This old export does not write years; years were counted back from the export&apos;s date, starting in {0}.</source>
        <translation>Esta exportação antiga não escreve os anos; os anos foram contados para trás a partir da data da exportação, começando em {0}.</translation>
    </message>
    <message>
        <source>This message&apos;s time is written &apos;{0}&apos;, which does not exist (a 24-hour time with AM or PM); it was read as {1}.</source>
        <translation>A hora desta mensagem está escrita &apos;{0}&apos;, que não existe (uma hora de 24 horas com AM ou PM); foi lida como {1}.</translation>
    </message>
    <message>
        <source>This line starts like a message but its date or time is impossible (&apos;{0}&apos;); it was kept as part of the message before it.</source>
        <translation>Esta linha começa como uma mensagem, mas a data ou a hora é impossível (&apos;{0}&apos;); ela foi mantida como parte da mensagem anterior.</translation>
    </message>
    <message>
        <source>%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported.</source>
        <translation>%n linha(s) antes da primeira mensagem (da linha {0} à {1}) não pertencem a nenhuma mensagem; não foram importadas.</translation>
    </message>
    <message>
        <source>The chat refers to %n media file(s), but none of them is next to it: this export was made without media, or the files were not copied.</source>
        <translation>A conversa cita %n arquivo(s) de mídia, mas nenhum está junto dela: a exportação foi feita sem mídia, ou os arquivos não foram copiados.</translation>
    </message>
    <message>
        <source>%n media file(s) the chat refers to are not in the export: {0}</source>
        <translation>%n arquivo(s) de mídia citados na conversa não estão na exportação: {0}</translation>
    </message>
    <message>
        <source>%n media file(s) in the export are not mentioned by any message: {0}</source>
        <translation>%n arquivo(s) de mídia da exportação não são citados por nenhuma mensagem: {0}</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} with media: older messages were probably left out. Export it again without media to get up to 40,000 messages.</source>
        <translation>Esta conversa tem {0} mensagens, perto do limite de exportação do WhatsApp de {1} com mídia: as mensagens mais antigas provavelmente ficaram de fora. Exporte de novo sem mídia para obter até 40.000 mensagens.</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} without media: older messages were probably left out. WhatsApp cannot export more; keep the phone&apos;s own backup too.</source>
        <translation>Esta conversa tem {0} mensagens, perto do limite de exportação do WhatsApp de {1} sem mídia: as mensagens mais antigas provavelmente ficaram de fora. O WhatsApp não exporta mais; guarde também o backup do próprio celular.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: its path points outside the export.</source>
        <translation>Item &apos;{0}&apos; do zip ignorado: o caminho dele aponta para fora da exportação.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is a symbolic link.</source>
        <translation>Item &apos;{0}&apos; do zip ignorado: é um link simbólico.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it would expand to an implausible size.</source>
        <translation>Item &apos;{0}&apos; do zip ignorado: ele se expandiria para um tamanho impossível.</translation>
    </message>
    <message>
        <source>The zip holds &apos;{0}&apos; twice; the first copy was used.</source>
        <translation>O zip tem &apos;{0}&apos; duas vezes; a primeira cópia foi usada.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is password-protected.</source>
        <translation>Item &apos;{0}&apos; do zip ignorado: está protegido por senha.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>{0} ignorado: {1}</translation>
    </message>
    <message>
        <source>Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} were left out.</source>
        <translation>A linha {0} é muito mais longa que qualquer mensagem do WhatsApp: os primeiros {2} caracteres foram mantidos e os outros {1} ficaram de fora.</translation>
    </message>
    <message>
        <source>The media file &apos;{0}&apos; could not be read ({1}); its message was kept without it.</source>
        <translation>O arquivo de mídia &apos;{0}&apos; não pôde ser lido ({1}); a mensagem foi mantida sem ele.</translation>
    </message>
    <message>
        <source>%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders.</source>
        <translation>%n mensagem(ns) de um tipo que o wamigrate ainda não conhece (tipo {0}) foram guardadas como marcadores.</translation>
    </message>
    <message>
        <source>%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders.</source>
        <translation>%n aviso(s) de conversa que o wamigrate ainda não conhece (número {0}) foram guardados como marcadores.</translation>
    </message>
    <message>
        <source>%n status update(s) were left out: they are not part of a chat.</source>
        <translation>%n atualização(ões) de status ficaram de fora: não fazem parte de uma conversa.</translation>
    </message>
    <message>
        <source>%n media file(s) the phone&apos;s messages name are not in the Media folder you chose: {0}. Their messages are kept; add the folder again once they are copied.</source>
        <translation>%n arquivo(s) de mídia citados nas mensagens do celular não estão na pasta Media escolhida: {0}. As mensagens foram mantidas; adicione a pasta de novo quando eles forem copiados.</translation>
    </message>
    <message>
        <source>%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were sent); they were stored as they are now.</source>
        <translation>%n arquivo(s) de mídia da pasta diferem do que o WhatsApp registrou (alterados no celular depois de enviados); foram guardados como estão agora.</translation>
    </message>
    <message>
        <source>%n media file(s) the iPhone&apos;s messages name are not in its backup (the phone had removed them, or kept them only in iCloud): {0}. Their messages are kept.</source>
        <translation>%n arquivo(s) de mídia citados nas mensagens do iPhone não estão no backup (o telefone os tinha apagado, ou os guardava só no iCloud): {0}. As mensagens foram mantidas.</translation>
    </message>
    <message>
        <source>From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: the messages and calls themselves are all there. Chat exports of the same chats carry none of these either.</source>
        <translation>De um backup de iPhone, esta versão do wamigrate ainda não lê reações, opções de enquete nem marcas de edição: as mensagens e chamadas em si estão todas lá. As exportações das mesmas conversas também não trazem nada disso.</translation>
    </message>
    <message>
        <source>From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options are read): the messages and calls themselves are all there.</source>
        <translation>De um backup de iPhone, o wamigrate ainda não lê marcas de edição nem votos de enquete (reações e opções de enquete são lidas): as mensagens e chamadas em si estão todas lá.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer&apos;s backup: in WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on the computer again.</source>
        <translation>O banco de dados do WhatsApp neste backup do iPhone não tem nenhuma mensagem. Se as conversas estão no celular, provavelmente o backup criptografado de ponta a ponta do próprio WhatsApp no iCloud está ativado e as deixa fora do backup do computador: no WhatsApp, vá em Configurações ▸ Conversas ▸ Backup de Conversas ▸ Backup criptografado de ponta a ponta, desative-o e depois faça de novo o backup do iPhone no computador.</translation>
    </message>
    <message>
        <source>This database lacks what holds {0}, so those were not read; its messages are all in the archive without them.</source>
        <translation>Faltam neste banco de dados as partes que guardam {0}, por isso elas não foram lidas; todas as mensagens estão no arquivo sem elas.</translation>
    </message>
    <message>
        <source>A phone&apos;s backup holds the names of groups but not of people: customers are shown by their number. Add the phone&apos;s contacts (a .vcf or .csv file, or WhatsApp&apos;s wa.db) to see their names.</source>
        <translation>O backup do celular guarda os nomes dos grupos, mas não das pessoas: os clientes aparecem pelo número. Adicione os contatos do celular (um arquivo .vcf ou .csv, ou o wa.db do WhatsApp) para ver os nomes.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has damaged cipher settings. Restore keys.json from a backup of the archive folder.</source>
        <translation>O arquivo de chaves do arquivo (keys.json) tem configurações de criptografia danificadas. Restaure o keys.json de um backup da pasta do arquivo.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a backup of the archive folder.</source>
        <translation>O arquivo de chaves do arquivo (keys.json) tem uma configuração de criptografia danificada ({0}). Restaure o keys.json de um backup da pasta do arquivo.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some space on that disk and try again; nothing in the archive was changed.</source>
        <translation>O disco onde está o arquivo ({0}) está cheio, então o wamigrate não consegue trabalhar com ele. Libere espaço nesse disco e tente de novo; nada no arquivo foi alterado.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) could not be read or written (an input/output error). Check that the disk or stick is still connected and working, then try again; if it happens again, copy the archive folder to another disk. Nothing in the archive was changed.</source>
        <translation>O disco onde está o arquivo ({0}) não pôde ser lido ou gravado (um erro de entrada/saída). Verifique se o disco ou pen drive ainda está conectado e funcionando e tente de novo; se acontecer outra vez, copie a pasta do arquivo para outro disco. Nada no arquivo foi alterado.</translation>
    </message>
    <message>
        <source>The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only share). You can browse, search and export it; to import chats or change its secrets, copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>O arquivo está em um disco que não pode ser gravado (um CD ou DVD, um pen drive protegido contra gravação ou uma pasta compartilhada somente leitura). Você pode navegar, pesquisar e exportar; para importar conversas ou mudar seus segredos, copie a pasta do arquivo para um disco gravável e abra essa cópia.</translation>
    </message>
    <message>
        <source>The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; reinstall wamigrate.</source>
        <translation>A biblioteca SQLite que o wamigrate carregou não consegue criptografar (sem SQLCipher). Nada foi gravado; reinstale o wamigrate.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has cipher settings that do not match its database: the file was changed. Restore keys.json from a backup of the archive folder.</source>
        <translation>O arquivo de chaves do arquivo (keys.json) tem configurações de criptografia que não correspondem ao banco de dados: o arquivo foi alterado. Restaure o keys.json de um backup da pasta do arquivo.</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: it cannot be decrypted although the key is right ({0}). Restore the archive folder from a backup.</source>
        <translation>O banco de dados do arquivo está danificado: ele não pode ser descriptografado embora a chave esteja certa ({0}). Restaure a pasta do arquivo a partir de um backup.</translation>
    </message>
    <message>
        <source>There is no chat called &apos;{0}&apos; in this archive. Chats: {1}.</source>
        <translation>Não há nenhuma conversa chamada &apos;{0}&apos; neste arquivo. Conversas: {1}.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{0}&apos;; choose one of {1}.</source>
        <translation>Formato de exportação desconhecido &apos;{0}&apos;; escolha um de {1}.</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>O disco onde está o arquivo tem {0} MB livres, e esta importação precisa de até {1} MB. Libere espaço nesse disco (ou mova o arquivo para um disco maior) e importe de novo; nada foi alterado.</translation>
    </message>
    <message>
        <source>The archive could not be written to the disk (disk I/O error): {0} was not imported and the archive is unchanged. Check that the disk has free space and is still connected.</source>
        <translation>O arquivo não pôde ser gravado no disco (erro de E/S): {0} não foi importado e o arquivo não mudou. Confira se o disco tem espaço livre e ainda está conectado.</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged. Free some space and import it again.</source>
        <translation>O disco está cheio: {0} não foi importado e o arquivo não mudou. Libere espaço e importe de novo.</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged.</source>
        <translation>O disco está cheio: {0} não foi importado e o arquivo não mudou.</translation>
    </message>
    <message>
        <source>The export reader stopped without finishing.</source>
        <translation>O leitor de exportações parou sem terminar.</translation>
    </message>
    <message>
        <source>{0} changed while it was being imported; import the export again.</source>
        <translation>{0} mudou enquanto era importado; importe a exportação de novo.</translation>
    </message>
    <message>
        <source>There is no import number {0} in this archive.</source>
        <translation>Não há importação número {0} neste arquivo.</translation>
    </message>
    <message>
        <source>The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>O espaço da senha usa uma derivação de chave desconhecida; o arquivo precisa de um wamigrate mais novo.</translation>
    </message>
    <message>
        <source>The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>O espaço da chave de recuperação usa uma derivação de chave desconhecida; o arquivo precisa de um wamigrate mais novo.</translation>
    </message>
    <message>
        <source>Unknown key slot type &apos;{0}&apos;.</source>
        <translation>Tipo de espaço de chave desconhecido &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>The passphrase entry of the archive&apos;s key file (keys.json) asks for an impossible key derivation ({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore keys.json from a backup.</source>
        <translation>A entrada da senha no arquivo de chaves do arquivo (keys.json) pede uma derivação de chave impossível ({0} = {1}); o arquivo foi alterado ou danificado. Abra o arquivo com a chave de recuperação ou restaure o keys.json de um backup.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>senha</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>chave de recuperação</translation>
    </message>
    <message>
        <source>The {0} entry of the archive&apos;s key file (keys.json) is damaged. Open the archive with its {1}, then set a new {2}.</source>
        <translation>A entrada de {0} do arquivo de chaves (keys.json) está danificada. Abra o arquivo com a {1} e depois defina uma nova {2}.</translation>
    </message>
    <message>
        <source>This archive has no {0} entry in its key file.</source>
        <translation>Este arquivo não tem entrada de {0} no arquivo de chaves.</translation>
    </message>
    <message>
        <source>The {0} slot of the key file is damaged ({1}).</source>
        <translation>O espaço {0} do arquivo de chaves está danificado ({1}).</translation>
    </message>
    <message>
        <source>That recovery key does not open this archive. Check it and try again (letters are not case-sensitive).</source>
        <translation>Essa chave de recuperação não abre este arquivo. Confira e tente de novo (maiúsculas e minúsculas não importam).</translation>
    </message>
    <message>
        <source>That passphrase does not open this archive. Check it and try again (passphrases are case-sensitive).</source>
        <translation>Essa senha não abre este arquivo. Confira e tente de novo (a senha diferencia maiúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong length.</source>
        <translation>O arquivo de chaves tem uma chave de tamanho errado.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a backup of the archive folder.</source>
        <translation>O arquivo de chaves (keys.json) do arquivo está faltando, então ele não pode ser aberto. Restaure o keys.json a partir de um backup da pasta do arquivo.</translation>
    </message>
    <message>
        <source>This archive was made by a newer wamigrate; update wamigrate to open it.</source>
        <translation>Este arquivo foi criado por um wamigrate mais novo; atualize o wamigrate para abri-lo.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is damaged and cannot be read. Restore keys.json from a backup of the archive folder.</source>
        <translation>O arquivo de chaves (keys.json) está danificado e não pode ser lido. Restaure o keys.json a partir de um backup da pasta do arquivo.</translation>
    </message>
    <message>
        <source>Another wamigrate window or command is importing into or changing this archive. Wait for it to finish, then try again.</source>
        <translation>Outra janela ou comando do wamigrate está importando ou alterando este arquivo. Espere terminar e tente de novo.</translation>
    </message>
    <message>
        <source>It has {0} characters; use at least {1}.</source>
        <translation>Ela tem {0} caracteres; use pelo menos {1}.</translation>
    </message>
    <message>
        <source>It is one of the passwords people choose most often, which are tried first.</source>
        <translation>É uma das senhas mais escolhidas, que são testadas primeiro.</translation>
    </message>
    <message>
        <source>It repeats the same one or two characters.</source>
        <translation>Ela repete os mesmos um ou dois caracteres.</translation>
    </message>
    <message>
        <source>It is too easy to guess (too short or too regular).</source>
        <translation>É fácil demais de adivinhar (curta ou regular demais).</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. </source>
        <translation>Escolha uma senha mais forte. </translation>
    </message>
    <message>
        <source> A good one is a few unrelated words, e.g. “copper lantern orbit 47”.</source>
        <translation> Uma boa senha são algumas palavras sem relação, p. ex. “cobre lanterna órbita 47”.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{0}&apos;. Use a name such as Europe/London or America/Sao_Paulo.</source>
        <translation>Fuso horário desconhecido &apos;{0}&apos;. Use um nome como Europe/London ou America/Sao_Paulo.</translation>
    </message>
    <message>
        <source>{0} already exists and is not empty; choose another name or place.</source>
        <translation>{0} já existe e não está vazio; escolha outro nome ou lugar.</translation>
    </message>
    <message>
        <source>The database was written unencrypted; it has been refused.</source>
        <translation>O banco de dados foi gravado sem criptografia; ele foi recusado.</translation>
    </message>
    <message>
        <source>{0} is not a wamigrate archive (no archive.db and keys.json in it).</source>
        <translation>{0} não é um arquivo do wamigrate (não há archive.db e keys.json nele).</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is missing from {1}.</source>
        <translation>O banco de dados do arquivo ({0}) está faltando em {1}.</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is not a wamigrate archive database.</source>
        <translation>{0} não é criptografado: não é um banco de dados de arquivo do wamigrate.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four (for example ABCD-EFGH-…). Check it and try again.</source>
        <translation>Isso não é uma chave de recuperação: ela tem 32 letras e dígitos, em grupos de quatro (por exemplo ABCD-EFGH-…). Confira e tente de novo.</translation>
    </message>
    <message>
        <source>A passphrase or the recovery key is needed to open the archive.</source>
        <translation>É preciso uma senha ou a chave de recuperação para abrir o arquivo.</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is damaged at its start and cannot be read. Restore the archive folder from a backup.</source>
        <translation>O banco de dados do arquivo ({0}) está danificado no início e não pode ser lido. Restaure a pasta do arquivo a partir de um backup.</translation>
    </message>
    <message>
        <source>The key file (keys.json) in this folder belongs to another archive than its database. Put back this archive&apos;s own keys.json (from a backup of the folder).</source>
        <translation>O arquivo de chaves (keys.json) desta pasta pertence a outro arquivo que não o seu banco de dados. Recoloque o keys.json deste arquivo (de um backup da pasta).</translation>
    </message>
    <message>
        <source>The disk holding the archive is full, so it was opened for reading only. Free some space on that disk to import chats or change its secrets.</source>
        <translation>O disco onde está o arquivo está cheio, então ele foi aberto somente para leitura. Libere espaço nesse disco para importar conversas ou mudar seus segredos.</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged ({0}).</source>
        <translation>O banco de dados do arquivo está danificado ({0}).</translation>
    </message>
    <message>
        <source>keys.json belongs to another archive than this database.</source>
        <translation>O keys.json pertence a outro arquivo que não este banco de dados.</translation>
    </message>
    <message>
        <source>This archive was made by an older wamigrate and must be updated once before it can be opened, which cannot be done on a disk that cannot be written to. Copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>Este arquivo foi feito por uma versão mais antiga do wamigrate e precisa ser atualizado uma vez antes de ser aberto, o que não é possível em um disco que não pode ser gravado. Copie a pasta do arquivo para um disco gravável e abra essa cópia.</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>O arquivo está bloqueado.</translation>
    </message>
    <message>
        <source>{0} could not be decoded as text ({1}).</source>
        <translation>{0} não pôde ser decodificado como texto ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp&apos;s exported chats do.</source>
        <translation>{0} não é uma exportação de conversa do WhatsApp: nenhuma linha começa com data e hora como nas conversas exportadas pelo WhatsApp.</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>uma imagem JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>uma imagem PNG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>uma imagem GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>um documento PDF</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>um arquivo de mídia</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>um arquivo de áudio</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>um arquivo gzip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>um arquivo RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>um arquivo 7-Zip</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>um arquivo de banco de dados</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a WhatsApp date and time.</source>
        <translation>{0} não é uma exportação de conversa do WhatsApp: parece uma planilha (arquivo CSV), e nenhuma linha começa com data e hora do WhatsApp.</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>um arquivo de vídeo</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>um arquivo binário</translation>
    </message>
    <message>
        <source>Part of the zip file is damaged ({0}). Export the chat again or copy the file again.</source>
        <translation>Parte do arquivo zip está danificada ({0}). Exporte a conversa de novo ou copie o arquivo de novo.</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>O arquivo {0} não existe.</translation>
    </message>
    <message>
        <source>{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read (&apos;{1}&apos;). Unzip it with the program that made it and import the folder, or export the chat again.</source>
        <translation>{0} foi compactado com um método que o WhatsApp nunca usa e que o wamigrate não consegue ler (&apos;{1}&apos;). Descompacte-o com o programa que o criou e importe a pasta, ou exporte a conversa de novo.</translation>
    </message>
    <message>
        <source>{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} não é um arquivo, mas um dispositivo ou um pipe, que o wamigrate não lê. Escolha o arquivo .txt ou .zip criado pelo &quot;Exportar conversa&quot; do WhatsApp.</translation>
    </message>
    <message>
        <source>wamigrate is not allowed to read {0}. Check the file&apos;s permissions.</source>
        <translation>O wamigrate não tem permissão para ler {0}. Confira as permissões do arquivo.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone&apos;s backup (msgstore.db.crypt15): skipped.</source>
        <translation>{0} não é uma exportação de conversa (o WhatsApp exporta conversas como arquivos .txt ou .zip) nem um backup do celular (msgstore.db.crypt15): ignorado.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>{0} não pôde ser lido: {1}.</translation>
    </message>
    <message>
        <source>The import was cancelled, but the files it had imported could not be removed again: {0}</source>
        <translation>A importação foi cancelada, mas os arquivos que ela já tinha importado não puderam ser removidos: {0}</translation>
    </message>
    <message>
        <source>{0} is empty: there are no messages in it.</source>
        <translation>{0} está vazio: não há mensagens nele.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like {1}. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} não é uma exportação de conversa do WhatsApp: parece ser {1}. Escolha o arquivo .txt ou .zip que o &quot;Exportar conversa&quot; do WhatsApp criou.</translation>
    </message>
    <message>
        <source>{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export it again.</source>
        <translation>{0} é um arquivo zip danificado ou incompleto ({1}). Talvez a cópia não tenha terminado: copie ou exporte de novo.</translation>
    </message>
    <message>
        <source>{0} is not a zip file. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} não é um arquivo zip. Escolha o arquivo .txt ou .zip que o &quot;Exportar conversa&quot; do WhatsApp criou.</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: &apos;{1}&apos; would expand {2} times. It was not opened.</source>
        <translation>{0} parece uma bomba zip: &apos;{1}&apos; se expandiria {2} vezes. Ele não foi aberto.</translation>
    </message>
    <message>
        <source>{0} is protected by a password. WhatsApp never does this: export the chat again, or unzip it with its password and import the .txt.</source>
        <translation>{0} está protegido por senha. O WhatsApp nunca faz isso: exporte a conversa de novo, ou descompacte com a senha e importe o .txt.</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It was not opened.</source>
        <translation>{0} parece uma bomba zip: seus {1} MB se expandiriam para {2} MB, muito mais que qualquer exportação de conversa. Ele não foi aberto.</translation>
    </message>
    <message>
        <source>{0} claims to hold {1} GB of files, more than any chat export; it was not opened.</source>
        <translation>{0} diz conter {1} GB de arquivos, mais que qualquer exportação de conversa; ele não foi aberto.</translation>
    </message>
    <message>
        <source>{0} holds no WhatsApp chat: no _chat.txt or &apos;WhatsApp Chat with …&apos; text file with messages was found in it.</source>
        <translation>{0} não contém nenhuma conversa do WhatsApp: nenhum _chat.txt ou arquivo de texto &apos;WhatsApp Chat with …&apos; com mensagens foi encontrado nele.</translation>
    </message>
    <message>
        <source>{0} is damaged: &apos;{1}&apos; cannot be read ({2}). Export the chat again.</source>
        <translation>{0} está danificado: &apos;{1}&apos; não pode ser lido ({2}). Exporte a conversa de novo.</translation>
    </message>
    <message>
        <source>{0} is protected by a password and cannot be read.</source>
        <translation>{0} está protegido por senha e não pode ser lido.</translation>
    </message>
    <message>
        <source>it is more than {0} folders deep</source>
        <translation>ela está a mais de {0} pastas de profundidade</translation>
    </message>
    <message>
        <source>No chat in the folder {0} could be read: {1}</source>
        <translation>Nenhuma conversa da pasta {0} pôde ser lida: {1}</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>E mais %n.</numerusform>
            <numerusform>E mais %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>No WhatsApp chat export was found in the folder {0}. Choose the .txt or .zip files that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>Nenhuma exportação de conversa do WhatsApp foi encontrada na pasta {0}. Escolha os arquivos .txt ou .zip que o &quot;Exportar conversa&quot; do WhatsApp criou.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>um número inteiro</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>texto entre aspas</translation>
    </message>
    <message>
        <source>The profile {0} does not exist.</source>
        <translation>O perfil {0} não existe.</translation>
    </message>
    <message>
        <source>The profile {0} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>O perfil {0} não é texto UTF-8; salve-o novamente como UTF-8.</translation>
    </message>
    <message>
        <source>The profile {0} cannot be read: {1}.</source>
        <translation>O perfil {0} não pode ser lido: {1}.</translation>
    </message>
    <message>
        <source>The profile {0} is not valid TOML: {1}.</source>
        <translation>O perfil {0} não é TOML válido: {1}.</translation>
    </message>
    <message>
        <source>{0} = {1} must be {2}.</source>
        <translation>{0} = {1} deve ser {2}.</translation>
    </message>
    <message>
        <source>[{0}] must be a section of settings (a TOML table).</source>
        <translation>[{0}] deve ser uma seção de configurações (uma tabela TOML).</translation>
    </message>
    <message>
        <source>Unknown setting(s) in [{0}]: {1}.</source>
        <translation>Configuração(ões) desconhecida(s) em [{0}]: {1}.</translation>
    </message>
    <message>
        <source>{0} = {1} cannot be negative.</source>
        <translation>{0} = {1} não pode ser negativo.</translation>
    </message>
    <message>
        <source>[{0}] {1} = {2} is not one of: {3}.</source>
        <translation>[{0}] {1} = {2} não é um destes: {3}.</translation>
    </message>
    <message>
        <source>templates must be a list of [[templates]] sections.</source>
        <translation>templates deve ser uma lista de seções [[templates]].</translation>
    </message>
    <message>
        <source>Unknown template setting(s): {0}.</source>
        <translation>Configuração(ões) de modelo desconhecida(s): {0}.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: header_format = {1} is not one of: {2}.</source>
        <translation>[[templates]] {0}: header_format = {1} não é um destes: {2}.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: samples must be a list of texts.</source>
        <translation>[[templates]] {0}: samples deve ser uma lista de textos.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.</source>
        <translation>[[templates]] {0}: buttons deve ser uma lista de entradas {{type = …, text = …}}.</translation>
    </message>
    <message>
        <source>{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>{0} = {1} deve ser uma data e hora locais no formato AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}</source>
        <translation>Algo deu errado: {0}: {1}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>ele não existe</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>a permissão foi negada</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>o disco informou um erro de entrada/saída</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>o disco está cheio</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>o disco é somente leitura</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>o nome é longo demais</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>é uma pasta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>parte do caminho não é uma pasta</translation>
    </message>
    <message>
        <source>The archive&apos;s log says {0} was imported, but the archive does not hold it; import it again.</source>
        <translation>O registro do arquivo diz que {0} foi importado, mas o arquivo não o contém; importe-o de novo.</translation>
    </message>
    <message>
        <source>The search index was not checked, because another import was running; verify again later.</source>
        <translation>O índice de pesquisa não foi verificado porque outra importação estava em andamento; verifique de novo mais tarde.</translation>
    </message>
    <message>
        <source>The search index was not checked, because the archive is on media that cannot be written.</source>
        <translation>O índice de pesquisa não foi verificado porque o arquivo está em uma mídia que não pode ser gravada.</translation>
    </message>
    <message>
        <source>This check was not recorded in the archive, because another import was running.</source>
        <translation>Esta verificação não foi registrada no arquivo porque outra importação estava em andamento.</translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — escreveu em {1} de %n conversa</numerusform>
            <numerusform>{0} — escreveu em {1} de %n conversas</numerusform>
        </translation>
    </message>
    <message>
        <source>(probably you)</source>
        <translation>(provavelmente você)</translation>
    </message>
    <message>
        <source>Give the chat a name.</source>
        <translation>Dê um nome à conversa.</translation>
    </message>
    <message>
        <source>A chat name can have at most {0} characters.</source>
        <translation>O nome de uma conversa pode ter no máximo {0} caracteres.</translation>
    </message>
    <message>
        <source>This chat is no longer in the archive.</source>
        <translation>Esta conversa não está mais no arquivo.</translation>
    </message>
    <message>
        <source>Another chat is already called “{0}”: choose another name.</source>
        <translation>Outra conversa já se chama “{0}”: escolha outro nome.</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>Marketing (ofertas, novidades)</translation>
    </message>
    <message>
        <source>Utility (orders, appointments, account updates)</source>
        <translation>Utilidade (pedidos, agendamentos, atualizações de conta)</translation>
    </message>
    <message>
        <source>Authentication (one-time codes)</source>
        <translation>Autenticação (códigos de uso único)</translation>
    </message>
    <message>
        <source>Add a message template</source>
        <translation>Adicionar um modelo de mensagem</translation>
    </message>
    <message>
        <source>Name (lower case, digits and _)</source>
        <translation>Nome (minúsculas, dígitos e _)</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Código do idioma</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} is ready.</source>
        <translation>Olá {{1}}, o seu pedido {{2}} está pronto.</translation>
    </message>
    <message>
        <source>Examples, one per line</source>
        <translation>Exemplos, um por linha</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>A mensagem tem %n variável ({{1}}, {{2}}…): dê um exemplo por linha para cada uma.</numerusform>
            <numerusform>A mensagem tem %n variáveis ({{1}}, {{2}}…): dê um exemplo por linha para cada uma.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap Back up and copy the new file.</source>
        <translation>Este backup tem criptografia de ponta a ponta: o wamigrate precisa da chave de 64 dígitos que o WhatsApp mostrou quando o backup criptografado foi ativado. Se você escolheu uma senha ou uma chave de acesso, o backup não pode ser aberto num computador: no WhatsApp, vá em Configurações ▸ Conversas ▸ Backup de conversas ▸ Backup com criptografia de ponta a ponta, desative, ative de novo escolhendo “Usar chave de criptografia de 64 dígitos”, anote a chave, toque em Fazer backup e copie o arquivo novo.</translation>
    </message>
    <message>
        <source>{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until the copy has finished, then add it again.</source>
        <translation>{0} mudou enquanto o wamigrate o lia: provavelmente ainda está sendo copiado do celular. Espere a cópia terminar e adicione-o de novo.</translation>
    </message>
    <message>
        <source>{0} is empty or far too short to be a WhatsApp backup.</source>
        <translation>{0} está vazio ou é curto demais para ser um backup do WhatsApp.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the phone&apos;s WhatsApp/Databases folder.</source>
        <translation>{0} não é um backup do WhatsApp que o wamigrate consiga ler: escolha msgstore.db.crypt15 (ou .crypt14) da pasta WhatsApp/Databases do celular.</translation>
    </message>
    <message>
        <source>The key does not open {0}: check it against the key WhatsApp showed for this phone.</source>
        <translation>A chave não abre {0}: confira com a chave que o WhatsApp mostrou para este celular.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over USB, not through a messaging app, which may change it).</source>
        <translation>{0} está danificado ou incompleto: talvez a cópia não tenha terminado. Copie de novo do celular (por USB, não por um aplicativo de mensagens, que pode alterá-lo).</translation>
    </message>
    <message>
        <source>{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 key file.</source>
        <translation>{0} é um backup com criptografia de ponta a ponta (.crypt15): ele abre com a chave de 64 dígitos, não com um arquivo de chave crypt14.</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens with the phone&apos;s “key” file (readable only on a rooted phone), not with a 64-digit key.</source>
        <translation>{0} é um backup local mais antigo (.crypt14): ele abre com o arquivo “key” do celular (legível só num celular com root), não com uma chave de 64 dígitos.</translation>
    </message>
    <message>
        <source>Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup.</source>
        <translation>Digite a chave de 64 dígitos que o WhatsApp mostrou quando você ativou o backup criptografado.</translation>
    </message>
    <message>
        <source>The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0).</source>
        <translation>A chave só pode conter os dígitos 0–9 e as letras a–f, mas ela contém {0}. Confira o que você digitou com a chave que o WhatsApp mostrou (a letra O nunca aparece: é o dígito 0).</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>A chave tem %n dígito; a chave de backup do WhatsApp tem 64. Confira se nenhum está faltando ou repetido.</numerusform>
            <numerusform>A chave tem %n dígitos; a chave de backup do WhatsApp tem 64. Confira se nenhum está faltando ou repetido.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: its contents are not a key.</source>
        <translation>{0} não é um arquivo de chave do WhatsApp: o conteúdo não é uma chave.</translation>
    </message>
    <message>
        <source>{0} is incomplete: copy the key file from the phone again.</source>
        <translation>{0} está incompleto: copie o arquivo de chave do celular de novo.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: it is far too large.</source>
        <translation>{0} não é um arquivo de chave do WhatsApp: é grande demais.</translation>
    </message>
    <message>
        <source>{0} is empty: copy it from the phone again.</source>
        <translation>{0} está vazio: copie-o do celular de novo.</translation>
    </message>
    <message>
        <source>{0} is a file of WhatsApp&apos;s Google Drive backup, which can only be restored to a phone. Copy msgstore.db.crypt15 from the phone&apos;s WhatsApp/Databases folder instead.</source>
        <translation>{0} é um arquivo do backup do WhatsApp no Google Drive, que só pode ser restaurado num celular. Copie o msgstore.db.crypt15 da pasta WhatsApp/Databases do celular.</translation>
    </message>
    <message>
        <source>{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can be chosen here too.</source>
        <translation>{0} é um backup antigo (.crypt12, do WhatsApp de antes de 2021), que o wamigrate não abre. Se o celular ainda tem o WhatsApp, faça um novo backup (Configurações ▸ Conversas ▸ Backup de conversas): o backup novo tem o mesmo histórico, e o wamigrate o abre. Uma cópia que outra ferramenta já descriptografou (msgstore.db) também pode ser escolhida aqui.</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens only with the phone&apos;s “key” file, which can be copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open.</source>
        <translation>{0} é um backup local mais antigo (.crypt14): ele só abre com o arquivo “key” do celular, que pode ser copiado de um celular com root. Num celular sem root, ative o backup com criptografia de ponta a ponta com uma chave de 64 dígitos e faça o backup de novo: isso gera um arquivo .crypt15 que o wamigrate consegue abrir.</translation>
    </message>
    <message>
        <source>{0} opened with the key, but what it holds is not a WhatsApp database.</source>
        <translation>{0} abriu com a chave, mas o conteúdo não é um banco de dados do WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>O banco de dados do WhatsApp neste backup do iPhone está danificado: faça o backup de novo no computador.</translation>
    </message>
    <message>
        <source>WhatsApp is in this iPhone backup, but its chats are not: WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on, which keeps the chats out of the computer&apos;s backup. In WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the computer again.</source>
        <translation>O WhatsApp está neste backup do iPhone, mas as conversas não: provavelmente o backup criptografado de ponta a ponta do próprio WhatsApp no iCloud está ativado, o que deixa as conversas fora do backup do computador. No WhatsApp, vá em Configurações ▸ Conversas ▸ Backup de Conversas ▸ Backup criptografado de ponta a ponta e desative-o; depois faça de novo o backup do iPhone no computador.</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.</source>
        <translation>Este backup do iPhone não tem WhatsApp Business: escolha WhatsApp, ou outro backup.</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in Finder, iTunes or the Apple Devices app.</source>
        <translation>Este backup do iPhone não tem WhatsApp: escolha o backup do iPhone que tem o WhatsApp, ou faça um no Finder, no iTunes ou no app Dispositivos Apple.</translation>
    </message>
    <message>
        <source>The group name was changed.</source>
        <translation>O nome do grupo foi alterado.</translation>
    </message>
    <message>
        <source>A member was added to the group.</source>
        <translation>Um participante foi adicionado ao grupo.</translation>
    </message>
    <message>
        <source>A member left the group.</source>
        <translation>Um participante saiu do grupo.</translation>
    </message>
    <message>
        <source>The group icon was changed.</source>
        <translation>O ícone do grupo foi alterado.</translation>
    </message>
    <message>
        <source>You were removed from the group.</source>
        <translation>Você foi removido do grupo.</translation>
    </message>
    <message>
        <source>A member changed their phone number.</source>
        <translation>Um participante mudou de número.</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>O grupo foi criado.</translation>
    </message>
    <message>
        <source>Members were added to the group.</source>
        <translation>Participantes foram adicionados ao grupo.</translation>
    </message>
    <message>
        <source>A member was removed from the group.</source>
        <translation>Um participante foi removido do grupo.</translation>
    </message>
    <message>
        <source>A member was made a group admin.</source>
        <translation>Um participante passou a ser admin do grupo.</translation>
    </message>
    <message>
        <source>The security code changed.</source>
        <translation>O código de segurança mudou.</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted.</source>
        <translation>As mensagens e ligações são protegidas com a criptografia de ponta a ponta.</translation>
    </message>
    <message>
        <source>A member joined with the group&apos;s invite link.</source>
        <translation>Um participante entrou pelo link de convite do grupo.</translation>
    </message>
    <message>
        <source>The group description was changed.</source>
        <translation>A descrição do grupo foi alterada.</translation>
    </message>
    <message>
        <source>This is an official business account.</source>
        <translation>Esta é uma conta comercial oficial.</translation>
    </message>
    <message>
        <source>This account changed from a business account to a standard one.</source>
        <translation>Esta conta deixou de ser comercial e passou a ser padrão.</translation>
    </message>
    <message>
        <source>The disappearing messages setting was changed.</source>
        <translation>A configuração de mensagens temporárias foi alterada.</translation>
    </message>
    <message>
        <source>The contact was blocked or unblocked.</source>
        <translation>O contato foi bloqueado ou desbloqueado.</translation>
    </message>
    <message>
        <source>media files and captions</source>
        <translation>arquivos de mídia e legendas</translation>
    </message>
    <message>
        <source>which message a reply quotes</source>
        <translation>qual mensagem uma resposta cita</translation>
    </message>
    <message>
        <source>shared locations</source>
        <translation>localizações compartilhadas</translation>
    </message>
    <message>
        <source>group and chat notices</source>
        <translation>avisos de grupo e de conversa</translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation>cartões de contato</translation>
    </message>
    <message>
        <source>{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose “Import what can be read”, or update wamigrate first.</source>
        <translation>{0} tem as mensagens, mas não as partes do banco de dados que guardam {1} do jeito que o wamigrate conhece (uma versão do WhatsApp mais nova que este wamigrate?). As mensagens podem ser importadas sem elas: escolha “Importar o que puder ser lido” ou atualize o wamigrate antes.</translation>
    </message>
    <message>
        <source>This is wa.db, WhatsApp&apos;s contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.</source>
        <translation>Este é o wa.db, a lista de contatos do WhatsApp: escolha msgstore.db (ou msgstore.db.crypt15) para as mensagens.</translation>
    </message>
    <message>
        <source>This is an iPhone&apos;s ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.</source>
        <translation>Este é o ChatStorage.sqlite de um iPhone: ele é lido a partir de um backup do iPhone, não como backup do Android.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.</source>
        <translation>Este não é um banco de mensagens do WhatsApp que o wamigrate consiga ler: não tem tabela {0} utilizável.</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>Membro desconhecido</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Video call, {0}</source>
        <translation>Chamada de vídeo, {0}</translation>
    </message>
    <message>
        <source>Voice call, {0}</source>
        <translation>Chamada de voz, {0}</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <translation>Chamada de vídeo, sem resposta</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <translation>Chamada de voz, sem resposta</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Chamada de vídeo perdida</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Chamada de voz perdida</translation>
    </message>
    <message>
        <source>A member joined the group.</source>
        <translation>Um membro entrou no grupo.</translation>
    </message>
    <message>
        <source>The group icon was removed.</source>
        <translation>O ícone do grupo foi removido.</translation>
    </message>
    <message>
        <source>media files, captions, locations and contact cards</source>
        <translation>arquivos de mídia, legendas, localizações e cartões de contato</translation>
    </message>
    <message>
        <source>who wrote each group message</source>
        <translation>quem escreveu cada mensagem de grupo</translation>
    </message>
    <message>
        <source>This is an Android phone&apos;s msgstore.db: add it as an Android backup, not from an iPhone backup.</source>
        <translation>Este é o msgstore.db de um telefone Android: adicione-o como backup de Android, não a partir de um backup de iPhone.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable {0} table): update wamigrate, or tell us the WhatsApp version.</source>
        <translation>O ChatStorage.sqlite do WhatsApp neste backup do iPhone tem um formato que o wamigrate não conhece (sem tabela {0} utilizável): atualize o wamigrate, ou nos diga a versão do WhatsApp.</translation>
    </message>
    <message>
        <source>[a kind of message wamigrate does not know yet (type {0})]</source>
        <translation>[um tipo de mensagem que o wamigrate ainda não conhece (tipo {0})]</translation>
    </message>
    <message>
        <source>Waiting for this message.</source>
        <translation>Aguardando esta mensagem.</translation>
    </message>
    <message>
        <source>[a chat notice wamigrate does not know yet (number {0})]</source>
        <translation>[um aviso de conversa que o wamigrate ainda não conhece (número {0})]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Eu</translation>
    </message>
    <message>
        <source>{0} is not a folder: choose the phone&apos;s WhatsApp “Media” folder.</source>
        <translation>{0} não é uma pasta: escolha a pasta “Media” do WhatsApp do celular.</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>O disco do arquivo tem {0} MB livres, e estes arquivos de mídia precisam de {1} MB. Libere espaço nesse disco (ou mova o arquivo para um maior) e importe de novo; nada foi alterado.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>Não foi possível ler {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.</source>
        <translation>{0} não é um arquivo de contatos que o wamigrate lê: escolha o wa.db, um arquivo .vcf ou .csv.</translation>
    </message>
    <message>
        <source>{0} holds no names with phone numbers.</source>
        <translation>{0} não contém nomes com números de telefone.</translation>
    </message>
    <message>
        <source>{0} is not WhatsApp&apos;s wa.db: it has no contacts table.</source>
        <translation>{0} não é o wa.db do WhatsApp: não tem tabela de contatos.</translation>
    </message>
    <message>
        <source>{0} could not be read as WhatsApp&apos;s wa.db: {1}</source>
        <translation>Não foi possível ler {0} como o wa.db do WhatsApp: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The phone&apos;s backup&lt;/b&gt; opens with the 64-digit key WhatsApp showed when you turned on the end-to-end encrypted backup.</source>
        <translation>&lt;b&gt;O backup do celular&lt;/b&gt; abre com a chave de 64 dígitos que o WhatsApp mostrou quando você ativou o backup criptografado de ponta a ponta.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <source>The backup&apos;s 64-digit key</source>
        <translation>A chave de 64 dígitos do backup</translation>
    </message>
    <message>
        <source>64 digits and letters a–f; spaces do not matter</source>
        <translation>64 dígitos e letras a–f; espaços não importam</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>Arquivo da chave…</translation>
    </message>
    <message>
        <source>Use a file holding the key (or a rooted phone&apos;s key file)</source>
        <translation>Usar um arquivo com a chave (ou o arquivo key de um celular com root)</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>Verificação da chave</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nomes</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s contacts (.vcf or .csv) show customers by name.</source>
        <translation>Opcional: os contatos do celular (.vcf ou .csv) mostram os clientes pelo nome.</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Contatos…</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s WhatsApp “Media” folder, copied over USB.</source>
        <translation>Opcional: a pasta “Media” do WhatsApp do celular, copiada por USB.</translation>
    </message>
    <message>
        <source>Media folder…</source>
        <translation>Pasta de mídia…</translation>
    </message>
    <message>
        <source>Type the 64-digit key, or choose the key file.</source>
        <translation>Digite a chave de 64 dígitos ou escolha o arquivo da chave.</translation>
    </message>
    <message>
        <source>Key from {0}.</source>
        <translation>Chave de {0}.</translation>
    </message>
    <message>
        <source>The key has 64 digits.</source>
        <translation>A chave tem 64 dígitos.</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Escolha o arquivo da chave</translation>
    </message>
    <message>
        <source>Names from {0}.</source>
        <translation>Nomes de {0}.</translation>
    </message>
    <message>
        <source>Media from {0}.</source>
        <translation>Mídia de {0}.</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s contacts</source>
        <translation>Escolha os contatos do celular</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatos</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s WhatsApp Media folder</source>
        <translation>Escolha a pasta Media do WhatsApp do celular</translation>
    </message>
    <message>
        <source>This advice is as of {0}, more than six months ago: Meta&apos;s rules may have changed since. Install the latest wamigrate, which ships the newest rules, and check each finding&apos;s source and its date.</source>
        <translation>Estas orientações são de {0}, há mais de seis meses: as regras da Meta podem ter mudado desde então. Instale o wamigrate mais recente, que traz as regras mais novas, e confira a fonte e a data de cada resultado.</translation>
    </message>
    <message>
        <source>Advice as of {0}; each rule gives its source and the source&apos;s date.</source>
        <translation>Orientações de {0}; cada regra mostra sua fonte e a data da fonte.</translation>
    </message>
    <message>
        <source>Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent there) per message, at the customer&apos;s country&apos;s rate; providers report the first {0} a month per number free. Without a payment method, the messages past that are not delivered, although the API reports success.</source>
        <translation>Desde 1º de outubro de 2026 a Meta cobra por mensagem as respostas enviadas dentro da janela de 24 horas (e os modelos utilitários enviados nela), pela tarifa do país do cliente; provedores informam que as primeiras {0} por mês por número são gratuitas. Sem meio de pagamento, as mensagens além disso não são entregues, embora a API informe sucesso.</translation>
    </message>
    <message>
        <source>Your archive shows about {0} replies a month sent within 24 hours of a customer&apos;s message.</source>
        <translation>Seu arquivo mostra cerca de {0} respostas por mês enviadas até 24 horas após a mensagem de um cliente.</translation>
    </message>
    <message>
        <source>is a payment method on file (with Meta or with the provider)?</source>
        <translation>há um meio de pagamento cadastrado (na Meta ou no provedor)?</translation>
    </message>
    <message>
        <source>A payment method is on file.</source>
        <translation>Há um meio de pagamento cadastrado.</translation>
    </message>
    <message>
        <source>About {0} of them a month would be charged.</source>
        <translation>Cerca de {0} delas por mês seriam cobradas.</translation>
    </message>
    <message>
        <source>Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.</source>
        <translation>Adicione um meio de pagamento no Gerenciador do WhatsApp (ou no provedor) antes da migração.</translation>
    </message>
    <message>
        <source>No payment method on file.</source>
        <translation>Nenhum meio de pagamento cadastrado.</translation>
    </message>
    <message>
        <source>That is within the free allowance for now.</source>
        <translation>Por enquanto isso está dentro da franquia gratuita.</translation>
    </message>
    <message>
        <source>Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent outside the 24-hour window, is charged per message at the rate of the customer&apos;s country; Meta changes the rates each quarter.</source>
        <translation>Desde 1º de julho de 2025 cada modelo de marketing ou autenticação entregue, e cada modelo utilitário enviado fora da janela de 24 horas, é cobrado por mensagem pela tarifa do país do cliente; a Meta muda as tarifas a cada trimestre.</translation>
    </message>
    <message>
        <source>Good to know for the first days after the cut-over.</source>
        <translation>Bom saber para os primeiros dias depois da migração.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>%n cliente vai precisar de um modelo para ser alcançado depois da migração</numerusform>
            <numerusform>%n clientes vão precisar de um modelo para serem alcançados depois da migração</numerusform>
        </translation>
    </message>
    <message>
        <source>One template each would cost about {0} {1:,.2f} at Meta&apos;s rates of {2} (estimate).</source>
        <translation>Um modelo para cada um custaria cerca de {0} {1:,.2f} com as tarifas da Meta de {2} (estimativa).</translation>
    </message>
    <message>
        <source>Ask the provider for the current rate of each of these countries before the cut-over.</source>
        <translation>Peça ao provedor a tarifa atual de cada um desses países antes da migração.</translation>
    </message>
    <message>
        <source>Good to know if you advertise.</source>
        <translation>Bom saber se você anuncia.</translation>
    </message>
    <message>
        <source>When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 hours, every message for the next 72 hours is free, templates included: the cheapest way to reach customers again after the cut-over.</source>
        <translation>Quando um cliente escreve a partir de um anúncio de clique para o WhatsApp ou de um botão de Página do Facebook e você responde em até 24 horas, todas as mensagens das 72 horas seguintes são gratuitas, inclusive modelos: a forma mais barata de voltar a falar com clientes depois da migração.</translation>
    </message>
    <message>
        <source>Meta reviews a template&apos;s category when it is used, not only when it is approved: a utility template that promotes is charged as marketing (several times the price) and counts against the marketing caps.</source>
        <translation>A Meta revê a categoria de um modelo quando ele é usado, não só quando é aprovado: um modelo utilitário que promove é cobrado como marketing (várias vezes o preço) e conta nos limites de marketing.</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion: {0}.</source>
        <translation>Modelos utilitários que parecem promoção: {0}.</translation>
    </message>
    <message>
        <source>Keep utility templates to the order, booking or account they are about; send offers as marketing.</source>
        <translation>Mantenha os modelos utilitários restritos ao pedido, agendamento ou conta a que se referem; envie ofertas como marketing.</translation>
    </message>
    <message>
        <source>No utility template reads as promotion.</source>
        <translation>Nenhum modelo utilitário parece promoção.</translation>
    </message>
    <message>
        <source>Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop marketing messages without blocking you (error 131050).</source>
        <translation>Fora do EEE, do Reino Unido, do Japão e da Coreia do Sul a Meta limita quantos modelos de marketing uma pessoa recebe de todas as empresas; um acima do limite não é entregue (erro 131049), e um cliente pode parar as mensagens de marketing sem bloquear você (erro 131050).</translation>
    </message>
    <message>
        <source>Good to know before sending marketing templates.</source>
        <translation>Bom saber antes de enviar modelos de marketing.</translation>
    </message>
    <message>
        <source>{0} of your {1} customers with a known country ({2} %) are where the caps apply.</source>
        <translation>{0} dos seus {1} clientes com país conhecido ({2} %) estão onde os limites se aplicam.</translation>
    </message>
    <message>
        <source>Providers report that authentication templates can be sent only by a verified business whose messaging limit has reached 2,000; Meta&apos;s pages do not say so.</source>
        <translation>Provedores informam que modelos de autenticação só podem ser enviados por uma empresa verificada cujo limite de mensagens chegou a 2.000; as páginas da Meta não dizem isso.</translation>
    </message>
    <message>
        <source>No authentication templates.</source>
        <translation>Nenhum modelo de autenticação.</translation>
    </message>
    <message>
        <source>The business is verified: it can send authentication templates.</source>
        <translation>A empresa é verificada: pode enviar modelos de autenticação.</translation>
    </message>
    <message>
        <source>Authentication templates ({0}), but the business is not verified.</source>
        <translation>Modelos de autenticação ({0}), mas a empresa não é verificada.</translation>
    </message>
    <message>
        <source>Complete business verification before you rely on codes sent over WhatsApp.</source>
        <translation>Conclua a verificação da empresa antes de depender de códigos enviados pelo WhatsApp.</translation>
    </message>
    <message>
        <source>Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs keyed on phone numbers, this archive included, cannot match such customers by themselves.</source>
        <translation>Desde 2026 os clientes podem escolher um nome de usuário no WhatsApp; a empresa então recebe um ID de usuário próprio da empresa, e o número de telefone só se tiver mandado mensagem ou ligado para o cliente nos últimos 30 dias. Históricos e CRMs organizados por número de telefone, inclusive este arquivo, não conseguem reconhecer esses clientes sozinhos.</translation>
    </message>
    <message>
        <source>Export the customer list (name, number, first and last message) and give it to the provider&apos;s inbox or CRM, so it can join a new conversation to its history; ask it how it handles customers without a number.</source>
        <translation>Exporte a lista de clientes (nome, número, primeira e última mensagem) e entregue à caixa de entrada ou ao CRM do provedor, para que ele ligue uma nova conversa ao seu histórico; pergunte como ele trata clientes sem número.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>%n cliente não escreveu nem recebeu mensagem nos 30 dias antes da migração.</numerusform>
            <numerusform>%n clientes não escreveram nem receberam mensagem nos 30 dias antes da migração.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer in the archive was in touch in the last 30 days.</source>
        <translation>Todos os clientes do arquivo tiveram contato nos últimos 30 dias.</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to a notable, verified business with two-step verification on, after 30 days on the Platform, never to a Business-app number. Meta Verified for Business is a separate paid subscription.</source>
        <translation>O selo azul (Conta Comercial Oficial) não é levado nem concedido pela mudança: a Meta o concede a uma empresa conhecida e verificada, com confirmação em duas etapas ativa, após 30 dias na Plataforma, nunca a um número do app Business. O Meta Verified for Business é uma assinatura paga à parte.</translation>
    </message>
    <message>
        <source>A coexistence number cannot get the blue check.</source>
        <translation>Um número em coexistência não pode ter o selo azul.</translation>
    </message>
    <message>
        <source>Good to know if you expect the blue check.</source>
        <translation>Bom saber se você espera o selo azul.</translation>
    </message>
    <message>
        <source>A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of 2,000; then 20.</source>
        <translation>Um portfólio empresarial pode registrar 2 números até ser verificado ou chegar ao limite de 2.000 mensagens; depois, 20.</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>A Meta já lista %n número nesta conta; a empresa não é verificada.</numerusform>
            <numerusform>A Meta já lista %n números nesta conta; a empresa não é verificada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business first, or remove a number you no longer use.</source>
        <translation>Verifique a empresa primeiro, ou remova um número que não usa mais.</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>A Meta lista %n número nesta conta.</numerusform>
            <numerusform>A Meta lista %n números nesta conta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, unverified business portfolio: it can register 2 numbers.</source>
        <translation>Um portfólio empresarial novo e não verificado: pode registrar 2 números.</translation>
    </message>
    <message>
        <source>Register this number first; verify the business before adding a test or branch number.</source>
        <translation>Registre este número primeiro; verifique a empresa antes de adicionar um número de teste ou de filial.</translation>
    </message>
    <message>
        <source>The number cap does not stand in the way.</source>
        <translation>O limite de números não atrapalha.</translation>
    </message>
    <message>
        <source>Reminder for the day the number is registered.</source>
        <translation>Lembrete para o dia em que o número for registrado.</translation>
    </message>
    <message>
        <source>A number still registered to another provider&apos;s app shows “already registered to a partner app” until that app deregisters it; a banned number must be unbanned first; a number with paid messages in the last 30 days cannot be deleted from its WhatsApp Business Account.</source>
        <translation>Um número ainda registrado no app de outro provedor mostra “already registered to a partner app” até esse app cancelar o registro; um número banido precisa ser desbanido primeiro; um número com mensagens pagas nos últimos 30 dias não pode ser apagado da sua conta do WhatsApp Business.</translation>
    </message>
    <message>
        <source>Ask the previous provider to deregister the number before the cut-over day.</source>
        <translation>Peça ao provedor anterior que cancele o registro do número antes do dia da migração.</translation>
    </message>
    <message>
        <source>Under coexistence the Business app must stay on the same phone and be opened at least every 13 days (weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and providers report it cannot use the Marketing Messages API either. Messages received before onboarding do not open a window on the API: the first API reply to them must be a template.</source>
        <translation>Na coexistência o app Business precisa ficar no mesmo celular e ser aberto pelo menos a cada 13 dias (semanalmente é mais seguro), senão o lado da API se desconecta; mensagens temporárias, visualização única e localização em tempo real são desativadas e as listas de transmissão ficam só para leitura; o número não pode usar as APIs de Chamadas ou de Grupos, e provedores informam que também não pode usar a Marketing Messages API. Mensagens recebidas antes do cadastro não abrem uma janela na API: a primeira resposta pela API precisa ser um modelo.</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>%n conversa usa mensagens temporárias, que serão desativadas.</numerusform>
            <numerusform>%n conversas usam mensagens temporárias, que serão desativadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>%n cliente escreveu nas 24 horas antes da migração: responda pelo app, ou com um modelo pela API.</numerusform>
            <numerusform>%n clientes escreveram nas 24 horas antes da migração: responda pelo app, ou com um modelo pela API.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the staff; keep the phone with the app, and open the app at least once a week.</source>
        <translation>Avise a equipe; mantenha o celular com o app e abra o app pelo menos uma vez por semana.</translation>
    </message>
    <message>
        <source>Nothing in the archive is affected; the conditions below still apply.</source>
        <translation>Nada no arquivo é afetado; as condições abaixo continuam valendo.</translation>
    </message>
    <message>
        <source>Worth checking before you move.</source>
        <translation>Vale conferir antes de mudar.</translation>
    </message>
    <message>
        <source>Since October 2026 one number can have a Messaging account with each of several partners, and Conversation Routing decides which of them receives each conversation: to add a provider beside the current one (an AI agent beside a helpdesk, say), the number may not need to move.</source>
        <translation>Desde outubro de 2026 um número pode ter uma conta de mensagens com cada um de vários parceiros, e o Conversation Routing decide qual deles recebe cada conversa: para adicionar um provedor ao lado do atual (um agente de IA ao lado de um helpdesk, por exemplo), o número pode não precisar mudar.</translation>
    </message>
    <message>
        <source>Meta moves a number to another provider only for a verified business portfolio with a payment method, an approved display name and no pending name change; test numbers cannot be moved.</source>
        <translation>A Meta só muda um número para outro provedor se o portfólio empresarial for verificado, tiver meio de pagamento, nome de exibição aprovado e nenhuma troca de nome pendente; números de teste não podem ser mudados.</translation>
    </message>
    <message>
        <source>is the business verified, and is a payment method on file?</source>
        <translation>a empresa é verificada, e há meio de pagamento cadastrado?</translation>
    </message>
    <message>
        <source>the business is not verified</source>
        <translation>a empresa não é verificada</translation>
    </message>
    <message>
        <source>no payment method is on file</source>
        <translation>não há meio de pagamento cadastrado</translation>
    </message>
    <message>
        <source>Complete business verification and add a payment method in WhatsApp Manager before the move.</source>
        <translation>Conclua a verificação da empresa e adicione um meio de pagamento no Gerenciador do WhatsApp antes da mudança.</translation>
    </message>
    <message>
        <source>The business is verified and has a payment method.</source>
        <translation>A empresa é verificada e tem meio de pagamento.</translation>
    </message>
    <message>
        <source>Category: a general-purpose AI assistant.</source>
        <translation>Categoria: assistente de IA de uso geral.</translation>
    </message>
    <message>
        <source>Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main service is a general-purpose AI assistant to use the Platform; an ordinary business&apos;s customer-service bot is still allowed.</source>
        <translation>Desde 15 de janeiro de 2026 os Termos da Solução WhatsApp Business não permitem que empresas cujo serviço principal é um assistente de IA de uso geral usem a Plataforma; o robô de atendimento de uma empresa comum continua permitido.</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration; ask Meta or the provider before planning the move.</source>
        <translation>Isso não se resolve com configuração; consulte a Meta ou o provedor antes de planejar a mudança.</translation>
    </message>
    <message>
        <source>The business is not a general-purpose AI assistant.</source>
        <translation>A empresa não é um assistente de IA de uso geral.</translation>
    </message>
    <message>
        <source>The customer list could not be written to {0}: {1}.</source>
        <translation>Não foi possível gravar a lista de clientes em {0}: {1}.</translation>
    </message>
    <message>
        <source>Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at most 8 people; messages in them cannot be edited or deleted.</source>
        <translation>Em parte verdade. A API de Grupos permite que uma conta de marca verificada (Conta Comercial Oficial) crie grupos de no máximo 8 pessoas; as mensagens neles não podem ser editadas nem apagadas.</translation>
    </message>
    <message>
        <source>Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries.</source>
        <translation>Em parte verdade. A API de Chamadas recebe e faz ligações do WhatsApp, mas só com uma integração de chamadas do provedor e um limite de mensagens de 2.000 ou mais; ligar para clientes não é oferecido em alguns países.</translation>
    </message>
    <message>
        <source>True for a full migration: deleting the app account loses every conversation the phone holds. Back every chat up first, as this assistant does.</source>
        <translation>Verdade na migração completa: apagar a conta do app perde todas as conversas do celular. Salve todas as conversas antes, como este assistente faz.</translation>
    </message>
    <message>
        <source>There are no groups on the API.</source>
        <translation>Não há grupos na API.</translation>
    </message>
    <message>
        <source>True for a coexistence number: groups stay in the Business app; the Groups API is not offered to Business-app numbers.</source>
        <translation>Verdade para um número em coexistência: os grupos ficam no app Business; a API de Grupos não é oferecida a números do app Business.</translation>
    </message>
    <message>
        <source>Meta, “Groups API”</source>
        <translation>Meta, “Groups API”</translation>
    </message>
    <message>
        <source>You cannot call or be called on the API.</source>
        <translation>Não dá para ligar nem receber ligações na API.</translation>
    </message>
    <message>
        <source>For a coexistence number calls stay in the Business app: the Calling API is not offered under coexistence.</source>
        <translation>Para um número em coexistência as chamadas ficam no app Business: a API de Chamadas não é oferecida na coexistência.</translation>
    </message>
    <message>
        <source>Meta, “Calling API” (generally available since 15 Jul 2025)</source>
        <translation>Meta, “Calling API” (disponível para todos desde 15 jul. 2025)</translation>
    </message>
    <message>
        <source>Reactions do not work on the API.</source>
        <translation>Reações não funcionam na API.</translation>
    </message>
    <message>
        <source>No longer true: the API receives customers&apos; reactions and can send its own.</source>
        <translation>Não é mais verdade: a API recebe as reações dos clientes e pode enviar as suas.</translation>
    </message>
    <message>
        <source>Meta, “Send messages” (reaction messages)</source>
        <translation>Meta, “Send messages” (mensagens de reação)</translation>
    </message>
    <message>
        <source>You cannot reply to a particular message (threaded replies).</source>
        <translation>Não dá para responder a uma mensagem específica (respostas encadeadas).</translation>
    </message>
    <message>
        <source>No longer true: a message sent through the API can quote the customer&apos;s message it answers, and customers&apos; replies say which message they quote.</source>
        <translation>Não é mais verdade: uma mensagem enviada pela API pode citar a mensagem do cliente que responde, e as respostas dos clientes indicam qual mensagem citam.</translation>
    </message>
    <message>
        <source>Meta, “Send messages”</source>
        <translation>Meta, “Send messages”</translation>
    </message>
    <message>
        <source>Chat history does not move to the API.</source>
        <translation>O histórico das conversas não vai para a API.</translation>
    </message>
    <message>
        <source>Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no groups; media only from the last 14 days), once, within 24 hours of onboarding.</source>
        <translation>Em parte verdade na coexistência: o provedor pode copiar até 6 meses de conversas individuais (sem grupos; mídia só dos últimos 14 dias), uma vez, em até 24 horas após o cadastro.</translation>
    </message>
    <message>
        <source>For a move between providers Meta moves the number, not the conversations kept by the old provider: ask it for an export of its history.</source>
        <translation>Na troca de provedor a Meta muda o número, não as conversas guardadas pelo provedor antigo: peça a ele uma exportação do histórico.</translation>
    </message>
    <message>
        <source>Meta, “Onboard WhatsApp Business app users”</source>
        <translation>Meta, “Onboard WhatsApp Business app users”</translation>
    </message>
    <message>
        <source>Answering within 24 hours is free.</source>
        <translation>Responder em até 24 horas é grátis.</translation>
    </message>
    <message>
        <source>No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at the customer&apos;s country&apos;s rate past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still opens 72 free hours.</source>
        <translation>Não é mais verdade desde 1º de outubro de 2026: respostas dentro da janela de 24 horas são cobradas por mensagem, pela tarifa do país do cliente, além de uma franquia mensal gratuita (provedores informam 1.000 por número), e sem meio de pagamento não são entregues. Uma resposta a um anúncio de clique para o WhatsApp ainda abre 72 horas grátis.</translation>
    </message>
    <message>
        <source>No longer true on the API since 1 October 2026 (replies are charged past a monthly free allowance); what you send from the Business app itself stays free.</source>
        <translation>Não é mais verdade na API desde 1º de outubro de 2026 (as respostas são cobradas além de uma franquia mensal gratuita); o que você envia pelo próprio app Business continua grátis.</translation>
    </message>
    <message>
        <source>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</source>
        <translation>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</translation>
    </message>
    <message>
        <source>{0} of this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>{0} deste backup do iPhone está danificado: faça o backup de novo no computador.</translation>
    </message>
    <message>
        <source>{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds Manifest.db and Info.plist), usually in MobileSync/Backup.</source>
        <translation>{0} não é um backup de iPhone: escolha a pasta que o Finder, o iTunes ou o app Dispositivos Apple criou (ela contém Manifest.db e Info.plist), normalmente em MobileSync/Backup.</translation>
    </message>
    <message>
        <source>macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy &amp; Security ▸ Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup&apos;s folder somewhere else and choose it.</source>
        <translation>O macOS mantém os backups de iPhone privados: para o wamigrate poder lê-los, abra Ajustes do Sistema ▸ Privacidade e Segurança ▸ Acesso Total ao Disco, ative o wamigrate e abra o wamigrate de novo. Ou copie a pasta do backup para outro lugar e escolha-a.</translation>
    </message>
    <message>
        <source>The backups folder {0} could not be read: {1}.</source>
        <translation>Não foi possível ler a pasta de backups {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup password could not be checked. Try again.</source>
        <translation>Não foi possível verificar a senha do backup. Tente de novo.</translation>
    </message>
    <message>
        <source>{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.</source>
        <translation>{0} neste backup do iPhone está danificado ou incompleto: faça o backup de novo no computador.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an invalid name): make the backup again.</source>
        <translation>O Manifest.db deste backup do iPhone está danificado (um arquivo tem um nome inválido): faça o backup de novo.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an impossible size): make the backup again.</source>
        <translation>O Manifest.db deste backup do iPhone está danificado (um arquivo tem um tamanho impossível): faça o backup de novo.</translation>
    </message>
    <message>
        <source>{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it again on the computer.</source>
        <translation>{0} consta neste backup do iPhone, mas o arquivo está faltando: o backup está incompleto. Faça-o de novo no computador.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file&apos;s details cannot be read): make the backup again.</source>
        <translation>O Manifest.db deste backup do iPhone está danificado (não é possível ler os detalhes de um arquivo): faça o backup de novo.</translation>
    </message>
    <message>
        <source>This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait until Finder or the Apple Devices app says the backup is done (or make it again), then choose it.</source>
        <translation>Este backup do iPhone não terminou: o computador ainda o está fazendo, ou ele parou no meio. Espere até o Finder ou o app Dispositivos Apple dizer que o backup terminou (ou faça-o de novo) e então escolha-o.</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app (it is not the phone&apos;s passcode, nor the Apple ID&apos;s password).</source>
        <translation>Este backup do iPhone está criptografado: digite a senha escolhida para os backups do telefone no Finder, no iTunes ou no app Dispositivos Apple (não é o código do telefone, nem a senha do ID Apple).</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s key list (in Manifest.plist) is damaged: make the backup again on the computer.</source>
        <translation>A lista de chaves deste backup do iPhone (em Manifest.plist) está danificada: faça o backup de novo no computador.</translation>
    </message>
    <message>
        <source>This password does not open the iPhone backup. Type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app; letters must match in case.</source>
        <translation>Esta senha não abre o backup do iPhone. Digite a senha escolhida para os backups do telefone no Finder, no iTunes ou no app Dispositivos Apple; maiúsculas e minúsculas contam.</translation>
    </message>
    <message>
        <source>This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.</source>
        <translation>Este backup do iPhone não tem Manifest.db: está incompleto. Faça o backup de novo no computador.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged or incomplete: make the backup again on the computer.</source>
        <translation>O Manifest.db deste backup do iPhone está danificado ou incompleto: faça o backup de novo no computador.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db has a layout wamigrate does not know (a newer iOS?). Update wamigrate, or tell us the iOS version.</source>
        <translation>O Manifest.db deste backup do iPhone tem um formato que o wamigrate não conhece (um iOS mais novo?). Atualize o wamigrate, ou nos diga a versão do iOS.</translation>
    </message>
    <message>
        <source>Marketing (offers, news, come back)</source>
        <translation>Marketing (ofertas, novidades, volte a comprar)</translation>
    </message>
    <message>
        <source>Utility (about an order, booking or account)</source>
        <translation>Utilidade (sobre um pedido, reserva ou conta)</translation>
    </message>
    <message>
        <source>{0} is too large to be Meta&apos;s rate card (it is about 2 kB).</source>
        <translation>{0} é grande demais para ser a tabela de tarifas da Meta (ela tem cerca de 2 kB).</translation>
    </message>
    <message>
        <source>The rate card {0} does not exist.</source>
        <translation>A tabela de tarifas {0} não existe.</translation>
    </message>
    <message>
        <source>The rate card {0} cannot be read: {1}.</source>
        <translation>A tabela de tarifas {0} não pode ser lida: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a text file: download the rate card from Meta&apos;s pricing page as CSV.</source>
        <translation>{0} não é um arquivo de texto: baixe a tabela de tarifas na página de preços da Meta como CSV.</translation>
    </message>
    <message>
        <source>{0} is not Meta&apos;s rate card: no row starts with &quot;Market&quot;. Download &quot;Rate card (USD)&quot; from Meta&apos;s pricing page and choose that file.</source>
        <translation>{0} não é a tabela de tarifas da Meta: nenhuma linha começa com &quot;Market&quot;. Baixe &quot;Rate card (USD)&quot; na página de preços da Meta e escolha esse arquivo.</translation>
    </message>
    <message>
        <source>{0} does not say from when its rates apply (&quot;effective …&quot; in its first line).</source>
        <translation>{0} não diz a partir de quando as tarifas valem (&quot;effective …&quot; na primeira linha).</translation>
    </message>
    <message>
        <source>{0} gives a date that is not a date: {1}.</source>
        <translation>{0} traz uma data que não é uma data: {1}.</translation>
    </message>
    <message>
        <source>{0} has no {1} column.</source>
        <translation>{0} não tem a coluna {1}.</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a rate.</source>
        <translation>{0}, linha {1} ({2}): {3} não é uma tarifa.</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a plausible rate per message.</source>
        <translation>{0}, linha {1} ({2}): {3} não é uma tarifa plausível por mensagem.</translation>
    </message>
    <message>
        <source>{0} has no &quot;Other&quot; market, which prices every country Meta does not list: it is not a whole card.</source>
        <translation>{0} não tem o mercado &quot;Other&quot;, que cobra todo país que a Meta não lista: não é uma tabela completa.</translation>
    </message>
    <message>
        <source>{0} mixes currencies ({1}).</source>
        <translation>{0} mistura moedas ({1}).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>C&amp;olar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sim</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Não</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ajuda</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Recor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar localização do &amp;link</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>Co&amp;lar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Selecionar tudo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Próximo &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>C&amp;oncluir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
</context>
</TS>
