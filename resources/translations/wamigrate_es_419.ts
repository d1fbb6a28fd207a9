<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_419" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation>El número es un número internacional válido (código de país y de área; no es un número corto)</translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation>El tipo de número puede recibir el código de registro</translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation>El número puede recibir un SMS o una llamada de voz</translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation>Un número de IVR o gratuito acepta llamadas internacionales y llega a una persona</translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation>La empresa no está en una región que la Plataforma excluye</translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation>El número ya no está registrado en una app de WhatsApp (migración completa)</translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation>La coexistencia es solo para números en la app WhatsApp Business</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation>Espera al menos 5 minutos después de eliminar la cuenta de la app antes de registrar</translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation>La coexistencia requiere la app Business 2.24.17 o más nueva y un Solution Partner o Tech Provider</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation>La coexistencia no está disponible para números de Nigeria (+234) y Sudáfrica (+27)</translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation>Los números en coexistencia envían como máximo 20 mensajes por segundo</translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation>La sincronización del historial debe confirmarse dentro de las 24 horas del alta (180 días, solo chats individuales)</translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation>Los dispositivos vinculados se desvinculan al dar de alta la coexistencia</translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation>La verificación en dos pasos debe estar desactivada para cambiar de proveedor</translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation>Como máximo 10 intentos de registro por número en 72 horas</translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation>El nombre visible describe a la empresa (sin términos genéricos, sin Meta ni WhatsApp, sin &quot;oficial&quot;, sin dirección web o de correo, sin promociones)</translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation>El nombre visible tiene una relación clara con la razón social</translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation>El nombre visible tiene el formato que Meta espera (sin todo en mayúsculas, emojis, símbolos; al menos 3 caracteres)</translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation>La empresa puede usar la mensajería empresarial de WhatsApp (bienes y servicios restringidos)</translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation>Los clientes aceptaron recibir mensajes de la empresa</translation>
    </message>
    <message>
        <source>The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit</source>
        <translation>El límite de mensajes: un portafolio nuevo empieza con 250 clientes por día; uno existente comparte su límite</translation>
    </message>
    <message>
        <source>Authentication templates use Meta&apos;s preset text with a code button (no links, media or emoji)</source>
        <translation>Las plantillas de autenticación usan el texto predefinido de Meta con un botón de código (sin enlaces, multimedia ni emojis)</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to customers with US numbers</source>
        <translation>Las plantillas de marketing no se entregan a clientes con números de EE. UU.</translation>
    </message>
    <message>
        <source>Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed</source>
        <translation>Las respuestas dentro de la ventana de 24 horas se cobran desde el 1 de oct. de 2026: se necesita un método de pago</translation>
    </message>
    <message>
        <source>Templates to customers outside the window are charged per message, by the customer&apos;s country</source>
        <translation>Las plantillas a clientes fuera de la ventana se cobran por mensaje, según el país del cliente</translation>
    </message>
    <message>
        <source>A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free</source>
        <translation>Una respuesta a un anuncio de clic a WhatsApp abre 72 horas en las que todos los mensajes son gratis</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion are charged (and capped) as marketing</source>
        <translation>Las plantillas de utilidad que parecen promoción se cobran (y limitan) como marketing</translation>
    </message>
    <message>
        <source>Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea</source>
        <translation>Las plantillas de marketing tienen un tope por cliente fuera del EEE, el Reino Unido, Japón y Corea del Sur</translation>
    </message>
    <message>
        <source>Authentication templates need a verified business with a 2,000 limit</source>
        <translation>Las plantillas de autenticación requieren una empresa verificada con un límite de 2.000</translation>
    </message>
    <message>
        <source>Customers with a WhatsApp username may write without a phone number</source>
        <translation>Los clientes con nombre de usuario de WhatsApp pueden escribir sin número de teléfono</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not part of the move</source>
        <translation>La insignia azul (Cuenta Comercial Oficial) no forma parte de la migración</translation>
    </message>
    <message>
        <source>A new business portfolio can register 2 numbers (20 after verification)</source>
        <translation>Un portafolio comercial nuevo puede registrar 2 números (20 tras la verificación)</translation>
    </message>
    <message>
        <source>A number still registered to a previous provider&apos;s app must be released by it first</source>
        <translation>Un número aún registrado en la app de un proveedor anterior debe ser liberado primero por él</translation>
    </message>
    <message>
        <source>What changes in the Business app under coexistence</source>
        <translation>Qué cambia en la app Business con la coexistencia</translation>
    </message>
    <message>
        <source>A second provider can be added without moving the number (Conversation Routing)</source>
        <translation>Se puede agregar un segundo proveedor sin mover el número (Conversation Routing)</translation>
    </message>
    <message>
        <source>A move between providers needs a verified business and a payment method</source>
        <translation>Cambiar de proveedor requiere una empresa verificada y un método de pago</translation>
    </message>
    <message>
        <source>General-purpose AI assistants may not use the Platform (since 15 Jan 2026)</source>
        <translation>Los asistentes de IA de uso general no pueden usar la Plataforma (desde el 15 de ene. de 2026)</translation>
    </message>
    <message>
        <source>Meta has not rejected the display name (an approved name is needed only to move between providers)</source>
        <translation>Meta no rechazó el nombre visible (un nombre aprobado solo se exige para cambiar de proveedor)</translation>
    </message>
    <message>
        <source>The number&apos;s quality rating is not low (a RED number does not scale up)</source>
        <translation>La calificación de calidad del número no es baja (un número ROJO no sube de nivel)</translation>
    </message>
    <message>
        <source>Meta&apos;s health status says the account can send messages</source>
        <translation>El estado de salud de Meta dice que la cuenta puede enviar mensajes</translation>
    </message>
    <message>
        <source>The date is that of Meta&apos;s developer page on display names, which points to this Help Center article; the article shows no date.</source>
        <translation>La fecha es la de la página para desarrolladores de Meta sobre nombres visibles, que remite a este artículo del Servicio de ayuda; el artículo no muestra fecha.</translation>
    </message>
    <message>
        <source>A copy of Meta&apos;s page &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; the monthly free allowance of 1,000 service messages is reported by providers.</source>
        <translation>Una copia de la página de Meta &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; la franquicia mensual gratuita de 1.000 mensajes de servicio la informan los proveedores.</translation>
    </message>
    <message>
        <source>Meta&apos;s WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms&apos; own text was not readable when this was written.</source>
        <translation>Los Términos de la Solución WhatsApp Business de Meta, según los citó la prensa (NDTV, 21 de oct. de 2025); el texto de los términos no se pudo leer cuando se escribió esto.</translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation>Cada chat está respaldado en un archivo verificado antes de eliminar la cuenta de la app</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation>Los nombres de plantillas usan minúsculas, dígitos y guiones bajos (como máximo 512)</translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation>Largo de las plantillas: encabezado y pie de hasta 60 caracteres, cuerpo de 1 a 1,024, botones 25</translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation>Los parámetros de las plantillas son {{1}}, {{2}}, ... en orden, cada uno con un valor de ejemplo</translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation>Las plantillas evitan los motivos de rechazo comunes de Meta (parámetro al principio o al final, #$% en los ejemplos)</translation>
    </message>
    <message>
        <source>The number is not registered on another platform, and Meta has verified it</source>
        <translation>El número no está registrado en otra plataforma, y Meta lo verificó</translation>
    </message>
    <message>
        <source>No message template is rejected, paused or disabled</source>
        <translation>Ninguna plantilla de mensaje está rechazada, en pausa o desactivada</translation>
    </message>
    <message>
        <source>The messaging limit covers the customers who need a template on day one</source>
        <translation>El límite de mensajes cubre a los clientes que necesitan una plantilla el primer día</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Listo, con advertencias</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Todavía no está listo</translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation>menos de 24 h</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 días</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 días</translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation>1-4 semanas</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>más de 4 semanas</translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation>después de la hora del cambio</translation>
    </message>
    <message>
        <source>group chats</source>
        <translation>chats de grupo</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>llamadas</translation>
    </message>
    <message>
        <source>deleted messages</source>
        <translation>mensajes eliminados</translation>
    </message>
    <message>
        <source>polls</source>
        <translation>encuestas</translation>
    </message>
    <message>
        <source>disappearing messages</source>
        <translation>mensajes temporales</translation>
    </message>
    <message>
        <source>only for verified-brand accounts, at most 8 people; not under coexistence</source>
        <translation>solo para cuentas de marca verificada, máximo 8 personas; no con coexistencia</translation>
    </message>
    <message>
        <source>only with a calling integration and a 2,000 limit; not under coexistence</source>
        <translation>solo con una integración de llamadas y un límite de 2.000; no con coexistencia</translation>
    </message>
    <message>
        <source>a message sent through the API cannot be deleted</source>
        <translation>un mensaje enviado por la API no se puede eliminar</translation>
    </message>
    <message>
        <source>cannot be sent; a customer&apos;s poll arrives as an unsupported message</source>
        <translation>no se pueden enviar; la encuesta de un cliente llega como mensaje no compatible</translation>
    </message>
    <message>
        <source>not available; turned off under coexistence</source>
        <translation>no disponible; se desactiva con la coexistencia</translation>
    </message>
    <message>
        <source>{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).</source>
        <translation>{0} no es una zona horaria que wamigrate conozca (p. ej., America/Sao_Paulo).</translation>
    </message>
    <message>
        <source>The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>El corte {0} debe ser una fecha y hora locales escritas AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>Migración completa</translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation>Coexistencia (conservar la app Business)</translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation>Cambiar de proveedor</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Requiere acción</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>bloqueante</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>advertencia</translation>
    </message>
    <message>
        <source>info</source>
        <translation>información</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmada</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>confirmada en parte</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>sin confirmar</translation>
    </message>
    <message>
        <source>reported by providers, not in Meta&apos;s text</source>
        <translation>informado por proveedores, no figura en el texto de Meta</translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation>Nada impide el cambio.</translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation>Resuelve primero lo que bloquea; aparece primero.</translation>
    </message>
    <message>
        <source>Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move.</source>
        <translation>Responde primero las preguntas bloqueantes: mientras no tengan respuesta, nadie puede decir que nada impide el cambio.</translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation>Nada impide el cambio; lee las advertencias.</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>Por qué importa.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Qué hacer.</translation>
    </message>
    <message>
        <source>verified live at {0}</source>
        <translation>verificado en vivo el {0}</translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation>Fuente: {0} ({1}, {2})</translation>
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
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>vie</translation>
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
        <translation>Indica el archivo (y la hora prevista del cambio en el perfil) para ver el impacto.</translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation>No se pudo saber el nombre de la propia empresa en los chats; define own_name en el perfil.</translation>
    </message>
    <message>
        <source>the live check did not run</source>
        <translation>no se hizo la verificación en vivo</translation>
    </message>
    <message>
        <source>Meta&apos;s list of phone numbers could not be read: {0}</source>
        <translation>No se pudo leer la lista de números de Meta: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>The number is not in this WhatsApp Business Account yet (its numbers: {0}).</source>
        <translation>El número todavía no está en esta cuenta de WhatsApp Business (sus números: {0}).</translation>
    </message>
    <message>
        <source>Check the WhatsApp Business Account ID, or add the number to it first.</source>
        <translation>Revisa el ID de la cuenta de WhatsApp Business, o agrega antes el número a ella.</translation>
    </message>
    <message>
        <source>Meta says {0} is registered on the On-Premises API.</source>
        <translation>Meta dice que {0} está registrado en la API On-Premises.</translation>
    </message>
    <message>
        <source>A number is on one platform at a time; the On-Premises API has been retired.</source>
        <translation>Un número está en una plataforma a la vez; la API On-Premises se retiró.</translation>
    </message>
    <message>
        <source>Ask the provider to migrate the number to the Cloud API before the cut-over.</source>
        <translation>Pide al proveedor que migre el número a la Cloud API antes del cambio.</translation>
    </message>
    <message>
        <source>Meta says the ownership of {0} is not verified ({1}).</source>
        <translation>Meta dice que la propiedad de {0} no está verificada ({1}).</translation>
    </message>
    <message>
        <source>The number must receive and enter Meta&apos;s code before it can be registered.</source>
        <translation>El número debe recibir e ingresar el código de Meta antes de poder registrarse.</translation>
    </message>
    <message>
        <source>Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider.</source>
        <translation>Pide el código otra vez (SMS o llamada) e ingrésalo en el Administrador de WhatsApp o con el proveedor.</translation>
    </message>
    <message>
        <source>on the Cloud API</source>
        <translation>en la Cloud API</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>todavía sin registrar</translation>
    </message>
    <message>
        <source>Meta says {0} is {1}; its ownership is verified.</source>
        <translation>Meta dice que {0} está {1}; su propiedad está verificada.</translation>
    </message>
    <message>
        <source>Meta&apos;s review of the display name &apos;{0}&apos;: {1}.</source>
        <translation>Revisión de Meta del nombre visible &apos;{0}&apos;: {1}.</translation>
    </message>
    <message>
        <source>Meta&apos;s API gives the decision, not its reason: WhatsApp Manager shows the reason.</source>
        <translation>La API de Meta da la decisión, no el motivo: el Administrador de WhatsApp muestra el motivo.</translation>
    </message>
    <message>
        <source>Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit.</source>
        <translation>Lee el motivo en el Administrador de WhatsApp ▸ Números de teléfono, cambia el nombre según él y vuelve a enviarlo.</translation>
    </message>
    <message>
        <source>The display name &apos;{0}&apos; is not approved yet ({1}).</source>
        <translation>El nombre visible &apos;{0}&apos; todavía no está aprobado ({1}).</translation>
    </message>
    <message>
        <source>Moving between providers needs an approved display name.</source>
        <translation>Cambiar de proveedor requiere un nombre visible aprobado.</translation>
    </message>
    <message>
        <source>The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit.</source>
        <translation>Mientras tanto el número funciona; Meta revisa el nombre cuando el número alcanza un límite de mensajes mayor.</translation>
    </message>
    <message>
        <source>Customers have blocked or reported recent messages. A RED number does not get a higher messaging limit or throughput, and continued negative feedback can lead to enforcement; templates are paused on their own quality, not the number&apos;s.</source>
        <translation>Los clientes bloquearon o denunciaron mensajes recientes. Un número ROJO no obtiene un límite de mensajes ni un rendimiento mayores, y las quejas continuas pueden llevar a sanciones; las plantillas se pausan por su propia calidad, no por la del número.</translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>Llegar a todos lleva %n día con este límite, que comparten todos los números del portafolio.</numerusform>
            <numerusform>Llegar a todos lleva %n días con este límite, que comparten todos los números del portafolio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business to reach 2,000 a day (after Meta&apos;s quality review), or plan the first messages over several days.</source>
        <translation>Verifica la empresa para llegar a 2.000 por día (tras la revisión de calidad de Meta) o reparte los primeros mensajes en varios días.</translation>
    </message>
    <message>
        <source>Meta did not give a health status</source>
        <translation>Meta no dio un estado de salud</translation>
    </message>
    <message>
        <source>The account&apos;s health status could not be read: {0}</source>
        <translation>No se pudo leer el estado de salud de la cuenta: {0}</translation>
    </message>
    <message>
        <source>Meta says this account cannot send messages (BLOCKED).</source>
        <translation>Meta dice que esta cuenta no puede enviar mensajes (BLOCKED).</translation>
    </message>
    <message>
        <source>A blocked account, number or business cannot send anything, templates included.</source>
        <translation>Una cuenta, número o empresa bloqueados no pueden enviar nada, ni siquiera plantillas.</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue.</source>
        <translation>Resuelve lo que Meta indica (Administrador de WhatsApp ▸ Resumen), por ejemplo un método de pago o un problema de políticas.</translation>
    </message>
    <message>
        <source>Meta says this account can send only in part (LIMITED).</source>
        <translation>Meta dice que esta cuenta solo puede enviar en parte (LIMITED).</translation>
    </message>
    <message>
        <source>Some messages will not be delivered until the limitation is lifted.</source>
        <translation>Algunos mensajes no se entregarán hasta que se levante la limitación.</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over.</source>
        <translation>Resuelve lo que Meta indica (Administrador de WhatsApp ▸ Resumen) antes del corte.</translation>
    </message>
    <message>
        <source>Meta says the account can send messages ({0}).</source>
        <translation>Meta dice que la cuenta puede enviar mensajes ({0}).</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review before the cut-over.</source>
        <translation>Espera la revisión de Meta antes del cambio.</translation>
    </message>
    <message>
        <source>Nothing to do now; follow the review in WhatsApp Manager.</source>
        <translation>Nada que hacer por ahora; sigue la revisión en el Administrador de WhatsApp.</translation>
    </message>
    <message>
        <source>Meta approved the display name &apos;{0}&apos; ({1}).</source>
        <translation>Meta aprobó el nombre visible &apos;{0}&apos; ({1}).</translation>
    </message>
    <message>
        <source>Meta&apos;s list of templates could not be read: {0}</source>
        <translation>No se pudo leer la lista de plantillas de Meta: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n plantilla no se puede enviar:</numerusform>
            <numerusform>%n plantillas no se pueden enviar:</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the 24-hour window only approved templates reach customers.</source>
        <translation>Fuera de la ventana de 24 horas solo las plantillas aprobadas llegan a los clientes.</translation>
    </message>
    <message>
        <source>Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality.</source>
        <translation>Corrige una plantilla rechazada según su motivo y reenvíala (o apela); una en pausa necesita mejor calidad.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>%n plantilla aprobada; ninguna rechazada, en pausa o desactivada.</numerusform>
            <numerusform>%n plantillas aprobadas; ninguna rechazada, en pausa o desactivada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rates the quality of {0} as low (RED).</source>
        <translation>Meta califica la calidad de {0} como baja (RED).</translation>
    </message>
    <message>
        <source>Send fewer, expected messages to customers who opted in, and let them opt out easily.</source>
        <translation>Envía menos mensajes, y esperados, a clientes que aceptaron, y deja que se den de baja fácilmente.</translation>
    </message>
    <message>
        <source>Quality rating of {0}: {1}.</source>
        <translation>Calificación de calidad de {0}: {1}.</translation>
    </message>
    <message>
        <source>Messaging limit: {0}. The archive&apos;s impact analysis is needed to compare it.</source>
        <translation>Límite de mensajes: {0}. Se necesita el análisis de impacto del archivo para compararlo.</translation>
    </message>
    <message>
        <source>Import the chats and set the planned cut-over.</source>
        <translation>Importa los chats y define el cambio previsto.</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit is {1} a day ({2}).</source>
        <translation>{0} clientes necesitan una plantilla el primer día; el límite es de {1} por día ({2}).</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit ({1}) covers them.</source>
        <translation>{0} clientes necesitan una plantilla el primer día; el límite ({1}) los cubre.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation>&lt;b&gt;Con coexistencia&lt;/b&gt;, los mensajes recibidos antes del alta no abren ventana: el primer mensaje a cada cliente después del alta debe ser una plantilla.</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation>Hoy el {0} de los mensajes de clientes se responde dentro de 24 horas.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Respondidos dentro de 24 h</translation>
    </message>
    <message>
        <source>Used in your chats but not available (or limited) on the API:</source>
        <translation>Usado en tus chats pero no disponible (o limitado) en la API:</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chats</translation>
    </message>
    <message>
        <source>On the API</source>
        <translation>En la API</translation>
    </message>
    <message>
        <source>Messages you send again and again, which will need approved templates:</source>
        <translation>Mensajes que envías una y otra vez, que necesitarán plantillas aprobadas:</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Veces enviado</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Categoría sugerida</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Norteamérica</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>Resto de África</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>Resto de Asia-Pacífico</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>Resto de Europa Central y del Este</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>Resto de América Latina</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>Resto de Medio Oriente</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>Resto de Europa Occidental</translation>
    </message>
    <message>
        <source>Other (every country Meta does not list)</source>
        <translation>Otros (todo país que Meta no lista)</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>marketing</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>utilidad</translation>
    </message>
    <message>
        <source>What the cut-over will cost (estimate)</source>
        <translation>Lo que costará la migración (estimación)</translation>
    </message>
    <message>
        <source>One {0} template to each of the {1} customers outside their window, with a known country, would cost about &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>Una plantilla de {0} a cada uno de los {1} clientes fuera de su ventana, con país conocido, costaría unos &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>its own rate</source>
        <translation>tarifa propia</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>Se cobra como</translation>
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
        <translation>Costo</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>Fuera del total: %n cliente fuera de la ventana cuyo nombre de chat no tiene número; no se conocen su país ni su precio.</numerusform>
            <numerusform>Fuera del total: %n clientes fuera de la ventana cuyo nombre de chat no tiene número; no se conocen su país ni su precio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta has priced {0} on their own since the dates shown, after this card&apos;s date; the card prices them at the market they belonged to.</source>
        <translation>Meta cobra {0} con tarifa propia desde las fechas indicadas, posteriores a la de esta tabla; la tabla los cobra según el mercado al que pertenecían.</translation>
    </message>
    <message>
        <source>You send about {0} replies a month within 24 hours of a customer&apos;s message.</source>
        <translation>Envías unas {0} respuestas al mes dentro de las 24 horas siguientes al mensaje de un cliente.</translation>
    </message>
    <message>
        <source>Past the {0} free each month, about {1} would be charged as service messages at about {2} each: about &lt;b&gt;{3}&lt;/b&gt; a month.</source>
        <translation>Pasadas las {0} gratuitas de cada mes, unas {1} se cobrarían como mensajes de servicio, a unos {2} cada una: unos &lt;b&gt;{3}&lt;/b&gt; al mes.</translation>
    </message>
    <message>
        <source>That is within the {0} service messages free each month.</source>
        <translation>Eso está dentro de los {0} mensajes de servicio gratuitos de cada mes.</translation>
    </message>
    <message>
        <source>Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers through an ad avoids the template price.</source>
        <translation>A los clientes que escriben desde un anuncio de clic a WhatsApp o un botón de una página de Facebook, y reciben respuesta en 24 horas, se les puede enviar cualquier cosa gratis durante las 72 horas siguientes, plantillas incluidas: contactar a clientes inactivos a través de un anuncio evita el precio de la plantilla.</translation>
    </message>
    <message>
        <source>Rates: {0} ({1}); countries placed in markets as on Meta&apos;s pricing page of {2}.</source>
        <translation>Tarifas: {0} ({1}); países ubicados en mercados como en la página de precios de Meta del {2}.</translation>
    </message>
    <message>
        <source>Meta may have changed rates since that date (it does so on the first day of a quarter): {0}</source>
        <translation>Meta puede haber cambiado las tarifas desde esa fecha (lo hace el primer día de cada trimestre): {0}</translation>
    </message>
    <message>
        <source>The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market wamigrate knows for them.</source>
        <translation>La tabla tiene mercados que wamigrate aún no sabe ubicar ({0}); sus países se cobran según el mercado que wamigrate conoce para ellos.</translation>
    </message>
    <message>
        <source>for today&apos;s figures, download the rate card (CSV) from Meta&apos;s pricing page and give it to wamigrate (the wizard&apos;s cut-over page, or --rate-card on the command line).</source>
        <translation>para las cifras de hoy, descarga la tabla de tarifas (CSV) de la página de precios de Meta y dásela a wamigrate (en la página de la migración del asistente, o con --rate-card en la línea de comandos).</translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation>No se indicó ningún archivo.</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nunca verificado</translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation>última verificación {0}: correcta</translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation>última verificación {0}: se encontraron problemas</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>Exportación {0}</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Archivo exportado</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <source>country not known (no number in the chat name)</source>
        <translation>país desconocido (sin número en el nombre del chat)</translation>
    </message>
    <message>
        <source>Live check failed</source>
        <translation>La verificación en vivo falló</translation>
    </message>
    <message>
        <source>No live check was made: the findings rest on your answers.</source>
        <translation>No se hizo ninguna verificación en vivo: los hallazgos se basan en tus respuestas.</translation>
    </message>
    <message>
        <source>Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.</source>
        <translation>No se pudo consultar a Meta el {0}: {1} No se verificó nada en vivo: los resultados se basan en tus respuestas.</translation>
    </message>
    <message>
        <source>Checked with Meta&apos;s Graph API at {0}, WhatsApp Business Account {1}.</source>
        <translation>Verificado con la Graph API de Meta el {0}, cuenta de WhatsApp Business {1}.</translation>
    </message>
    <message>
        <source>display name {0} ({1})</source>
        <translation>nombre visible {0} ({1})</translation>
    </message>
    <message>
        <source>platform {0}</source>
        <translation>plataforma {0}</translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>calidad {0}</translation>
    </message>
    <message>
        <source>messaging limit {0}</source>
        <translation>límite de mensajes {0}</translation>
    </message>
    <message>
        <source>throughput {0}</source>
        <translation>rendimiento {0}</translation>
    </message>
    <message>
        <source>also in the Business app</source>
        <translation>también en la app Business</translation>
    </message>
    <message>
        <source>not in the Business app</source>
        <translation>no está en la app Business</translation>
    </message>
    <message>
        <source>Account: {0}; business verification: {1}; account review: {2}.</source>
        <translation>Cuenta: {0}; verificación de la empresa: {1}; revisión de la cuenta: {2}.</translation>
    </message>
    <message>
        <source>At the cut-over on {0}, &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation>En el cambio, el {0}, &lt;b&gt;{1}&lt;/b&gt; de {2} clientes están dentro de su ventana de 24 horas y pueden recibir una respuesta normal; &lt;b&gt;{3}&lt;/b&gt; solo pueden ser contactados con una plantilla aprobada. Por país: {4}.</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}.</source>
        <translation>Hoy el {0} de los mensajes de clientes se responde dentro de 24 horas; la mitad de las respuestas llega dentro de {1}.</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, from {2} to {3}; {4}.</source>
        <translation>{0} chats, {1} mensajes, de {2} a {3}; {4}.</translation>
    </message>
    <message>
        <source>Message templates: {0}.</source>
        <translation>Plantillas de mensaje: {0}.</translation>
    </message>
    <message>
        <source>Not read ({0}): {1}</source>
        <translation>No leído ({0}): {1}</translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation>Todavía no se registró ningún paso de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>Todavía no está listo: %n pregunta bloqueante sin responder</numerusform>
            <numerusform>Todavía no está listo: %n preguntas bloqueantes sin responder</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation>Ruta: {0} · generado {1} · reglas al {2}. Las reglas cambian: revisa la fecha de cada fuente.</translation>
    </message>
    <message>
        <source>Times are in the time zone {0}.</source>
        <translation>Las horas están en la zona horaria {0}.</translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation>Este informe no contiene texto de mensajes ni números de teléfono de clientes.</translation>
    </message>
    <message>
        <source>What is true today of what is often said about the API, for this route:</source>
        <translation>Qué es cierto hoy de lo que se suele decir de la API, para esta ruta:</translation>
    </message>
    <message>
        <source>Often said</source>
        <translation>Se suele decir</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>Qué es cierto</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Verified live</source>
        <translation>Verificado en vivo</translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation>Qué cambia en el cambio</translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation>Archivo de chats</translation>
    </message>
    <message>
        <source>What you may have read</source>
        <translation>Lo que quizás leíste</translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation>Lista para dar de baja el registro</translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation>Preparación para la Plataforma de WhatsApp Business</translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation>El archivo está verificado después de la última importación</translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation>Verificación en dos pasos: PIN anotado o desactivada</translation>
    </message>
    <message>
        <source>Export the chats with new messages once more, import and verify them</source>
        <translation>Exporta una vez más los chats con mensajes nuevos, impórtalos y verifícalos</translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation>Elimina la cuenta en la app: Ajustes ▸ Cuenta ▸ Eliminar mi cuenta</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation>Espera al menos 5 minutos antes de registrar el número</translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation>No vuelvas a registrar el número en una app de WhatsApp</translation>
    </message>
    <message>
        <source>Register the number on the API with your provider</source>
        <translation>Registra el número en la API con tu proveedor</translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation>App WhatsApp Business 2.24.17 o más nueva</translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation>Los dispositivos vinculados se desvincularán; el equipo está avisado</translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation>Verificación en dos pasos desactivada en el Administrador de WhatsApp</translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation>Nombre visible aprobado, sin cambio de nombre pendiente</translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation>Un método de pago en el portafolio comercial</translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation>Elige cómo vas a mover el número.</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation>Escribe el número de teléfono con su código de país.</translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation>Indica en qué app de WhatsApp está el número ahora.</translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation>Crea un archivo, o desbloquea el que creaste antes.</translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation>Confirma que guardaste la clave de recuperación.</translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation>Importa al menos un chat exportado.</translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation>Verifica el archivo: debe pasar después de la última importación antes de poder eliminar la cuenta.</translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation>Falta: {0}.</translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation>Verifica el archivo primero (página &quot;Revisar y verificar&quot;).</translation>
    </message>
    <message>
        <source>Export again the chats that got new messages since your last export, and import them with “Import the final exports…” below. Until then those messages are only on the phone.</source>
        <translation>Exporta de nuevo los chats que recibieron mensajes nuevos desde tu última exportación e impórtalos con “Importar las exportaciones finales…” abajo. Hasta entonces, esos mensajes solo están en el teléfono.</translation>
    </message>
    <message>
        <source>Verify the archive after this import (“Verify now” below).</source>
        <translation>Verifica el archivo después de esta importación (“Verificar ahora” abajo).</translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation>Primero: {0}.</translation>
    </message>
    <message>
        <source>Verify the archive after the last import first (“Verify now” below).</source>
        <translation>Primero verifica el archivo después de la última importación (“Verificar ahora” abajo).</translation>
    </message>
    <message>
        <source>Run the readiness check first (page &apos;Business readiness&apos;).</source>
        <translation>Primero haz la verificación de preparación (página &apos;Preparación de la empresa&apos;).</translation>
    </message>
    <message>
        <source>Tap Confirm during onboarding; the provider starts the history sync within 24 hours</source>
        <translation>Toca Confirmar durante la incorporación; el proveedor inicia la sincronización del historial en 24 horas</translation>
    </message>
    <message>
        <source>Open the Business app at least every 13 days, or the API side disconnects</source>
        <translation>Abre la app Business al menos cada 13 días, o el lado de la API se desconecta</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>La verificación de preparación todavía encuentra %n bloqueo, fallido o sin responder: {0}. Corrígelo o respóndelo primero en la página &apos;Preparación de la empresa&apos;.</numerusform>
            <numerusform>La verificación de preparación todavía encuentra %n bloqueos, fallidos o sin responder: {0}. Corrígelos o respóndelos primero en la página &apos;Preparación de la empresa&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>Espera %n minuto más después de eliminar la cuenta.</numerusform>
            <numerusform>Espera %n minutos más después de eliminar la cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>fijo</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>móvil o fijo</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>gratuito</translation>
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
        <translation>de buscapersonas</translation>
    </message>
    <message>
        <source>universal access</source>
        <translation>de acceso universal</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>de costo compartido</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>personal (desvío)</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Escribe el número de teléfono.</translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation>Elige el país, o empieza el número con + y su código.</translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation>Esto todavía no es un número de teléfono.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>El número tiene dígitos de menos o de más.</translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation>Ningún número así está en uso en ese país: revisa los dígitos.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>tipo desconocido</translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation>Los números de buscapersonas no se pueden usar en la Plataforma de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot be registered. Make sure it can receive one of them before you start.</source>
        <translation>Meta envía el código de registro por SMS o por llamada de voz: si ninguno llega a este número, no se puede registrar. Asegúrate de que pueda recibir uno de los dos antes de empezar.</translation>
    </message>
    <message>
        <source>This is a landline: landlines usually cannot receive SMS, so ask for Meta&apos;s code by voice call, and make sure the line answers calls (no menu or voicemail picking up first).</source>
        <translation>Es un teléfono fijo: los fijos normalmente no reciben SMS, así que pide el código de Meta por llamada de voz y asegúrate de que la línea conteste (sin menú ni buzón de voz que atienda antes).</translation>
    </message>
    <message>
        <source>Two-step verification must be turned off in WhatsApp Manager before the move.</source>
        <translation>La verificación en dos pasos debe desactivarse en WhatsApp Manager antes del cambio.</translation>
    </message>
    <message>
        <source>Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the checklist asks you to note it or turn it off before the account is deleted.</source>
        <translation>Anota ahora el PIN de verificación en dos pasos en un lugar seguro: lo necesitarás si WhatsApp lo pide, y la lista de pasos te pide anotarlo o desactivarlo antes de eliminar la cuenta.</translation>
    </message>
    <message>
        <source>The app account is already deleted, so coexistence is no longer possible: finish the full migration and register the number with your provider.</source>
        <translation>La cuenta de la app ya se eliminó, así que la coexistencia ya no es posible: termina la migración completa y registra el número con tu proveedor.</translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider. To add a provider beside the current one, Conversation Routing (since October 2026) may spare the move.</source>
        <translation>El número ya está en la API con un proveedor: muévelo al nuevo proveedor. Para agregar un proveedor junto al actual, Conversation Routing (desde octubre de 2026) puede evitar la migración.</translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either the account is deleted from the app (after backing up every chat), or the number first moves to the WhatsApp Business app on the same phone and is used there for a week before coexistence (reported by providers; Meta&apos;s help text on moving chats to the Business app was not checked).</source>
        <translation>El número está en la app común de WhatsApp: la coexistencia requiere la app WhatsApp Business; así que o se elimina la cuenta de la app (tras respaldar todos los chats), o el número pasa primero a la app WhatsApp Business en el mismo teléfono y se usa allí una semana antes de la coexistencia (informado por proveedores; no se verificó el texto de ayuda de Meta sobre pasar los chats a la app Business).</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of one-to-one chat history with your provider, if the provider runs the sync within 24 hours of onboarding.</source>
        <translation>El número está en la app WhatsApp Business: la coexistencia mantiene la app funcionando junto a la API y comparte hasta seis meses del historial de chats individuales con tu proveedor, si el proveedor hace la sincronización dentro de las 24 horas de la incorporación.</translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app, free of charge (on the API the first reply to them must be a template).</source>
        <translation>La mayoría de tus clientes escribió por última vez más de 24 horas antes del corte: con la coexistencia puedes seguir respondiéndoles desde la app, sin costo (en la API la primera respuesta debe ser una plantilla).</translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation>El número todavía no está en WhatsApp: se puede registrar directamente en la API.</translation>
    </message>
    <message>
        <source>Say where the number is now (just above) to get a suggestion.</source>
        <translation>Indica dónde está el número ahora (justo arriba) para recibir una sugerencia.</translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation>Bienvenido de nuevo: desbloquea tu archivo para continuar</translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation>Página web, con las fotos dentro (.html)</translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation>Página web con una carpeta de multimedia (.html)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Documento PDF (.pdf)</translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation>Texto, como lo exporta WhatsApp (.txt)</translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation>JSON, para otros programas (.json)</translation>
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
        <translation>El chat completo</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>Desde – hasta</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation>El archivo exportado no está cifrado: quien lo obtenga puede leer estos mensajes. Guárdalo en un lugar seguro.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Exportar a</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>La primera fecha es posterior a la última.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Exportando</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Escribiendo {0}…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Guardado en {0}.</translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation>Guardar los archivos multimedia en</translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation>Exportando multimedia</translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation>Escribiendo archivos multimedia en {0}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln archivo guardado en {0}.</numerusform>
            <numerusform>%Ln archivos guardados en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>Guardar la lista de clientes</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>clientes.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Archivo CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the customer list</source>
        <translation>Exportando la lista de clientes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln cliente guardado en {0}.</numerusform>
            <numerusform>%Ln clientes guardados en {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation>El archivo está íntegro: {0} mensajes de {1} archivos exportados y {2} archivos multimedia, todo revisado.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Se encontraron problemas:</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Verificar el archivo</translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation>Leyendo cada página, mensaje y archivo multimedia…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation>Cambiando… (unos dos segundos)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Nueva clave de recuperación</translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation>Una nueva clave de recuperación reemplazará a la actual, que dejará de funcionar de inmediato. Crea una nueva clave si la anterior se perdió o la vio otra persona. ¿Continuar?</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Creando una nueva clave de recuperación…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Ir a una fecha</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>wamigrate — chat archive</source>
        <translation>wamigrate — archivo de chats</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Solo lectura</translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation>Filtrar chats por nombre</translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation>Filtrar chats</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation>Chats o búsqueda</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Jump to date…</source>
        <translation>Ir a una fecha…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation>Importar chats exportados…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Desbloquear…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation>&amp;Importar chats exportados…</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar este chat…</translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation>Exportar la &amp;multimedia de este chat…</translation>
    </message>
    <message>
        <source>Export the &amp;customer list…</source>
        <translation>Exportar la lista de &amp;clientes…</translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation>&amp;Verificar el archivo</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Cambiar la &amp;frase de contraseña…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Nueva clave de &amp;recuperación…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Bloquear</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>&amp;Buscar mensajes</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>&amp;Ir a una fecha…</translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation>&amp;Detalles del chat</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Este soy &amp;yo</translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation>Ordenar chats por</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Actividad reciente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>About wamigrate</source>
        <translation>Acerca de wamigrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Moves a WhatsApp number to the WhatsApp Business Platform without losing its chats: an encrypted archive of every conversation, the checks Meta applies, and a report for your provider.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: the archive is encrypted with your passphrase, and nothing is sent anywhere unless you ask for the check with Meta.&lt;/p&gt;</source>
        <translation>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Lleva un número de WhatsApp a WhatsApp Business Platform sin perder sus chats: un archivo cifrado de cada conversación, las comprobaciones que aplica Meta y un informe para tu proveedor.&lt;/p&gt;&lt;p&gt;Todo queda en esta computadora: el archivo se cifra con tu frase de contraseña y no se envía nada a ningún lado, salvo que pidas la comprobación con Meta.&lt;/p&gt;</translation>
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
        <translation>Bloquear tras inactividad de</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About wamigrate</source>
        <translation>&amp;Acerca de wamigrate</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>Archivo: {0}</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>Solo lectura: {0}</translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation>Este archivo todavía no tiene chats. Importa los chats que exportaste en el teléfono.</translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation>Elige un chat a la izquierda, o busca en todos los chats con Ctrl+F.</translation>
    </message>
    <message>
        <source>No senders yet</source>
        <translation>Todavía no hay remitentes</translation>
    </message>
    <message>
        <source>Messages from {0} are shown as yours.</source>
        <translation>Los mensajes de {0} se muestran como tuyos.</translation>
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
        <translation>Abrir multimedia…</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Ir al mensaje citado</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Abrir {0}</translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation>El archivo está bloqueado.
{0}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Bloqueado</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Multimedia</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Encuesta</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Mensaje eliminado</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>Mensaje de voz</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Sticker</translation>
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
        <translation>Tarjeta de contacto</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Reactions: {0}</source>
        <translation>Reacciones: {0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grupo</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>reply to {0}</source>
        <translation>respuesta a {0}</translation>
    </message>
    <message>
        <source>a message not in this chat</source>
        <translation>un mensaje que no está en este chat</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>The quoted message is not in this chat of the archive</source>
        <translation>El mensaje citado no está en este chat del archivo</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>editado</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>doble clic para abrir</translation>
    </message>
    <message>
        <source>add the phone&apos;s Media folder to see it</source>
        <translation>agrega la carpeta Media del teléfono para verla</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>no incluido en la exportación</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>multimedia que quedó fuera de la exportación</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Cargando foto…</translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation>Chat individual</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln mensaje</numerusform>
            <numerusform>%Ln mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>Participantes ({0})</translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation>no incluidos en la exportación: {0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
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
        <translation>línea {0}: </translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>Detalles del chat</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>Mensajes por mes</translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation>¿Cómo están escritas las fechas?</translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation>Las fechas en {0} se pueden leer de dos maneras. ¿Cuándo se envió el primer mensaje?</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Agregar archivos…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Agregar una carpeta…</translation>
    </message>
    <message>
        <source>Add the phone&apos;s backup…</source>
        <translation>Agregar la copia de seguridad del teléfono…</translation>
    </message>
    <message>
        <source>msgstore.db.crypt15, copied from the phone&apos;s WhatsApp/Databases folder</source>
        <translation>msgstore.db.crypt15, copiado de la carpeta WhatsApp/Databases del teléfono</translation>
    </message>
    <message>
        <source>Add an iPhone backup…</source>
        <translation>Agregar copia del iPhone…</translation>
    </message>
    <message>
        <source>A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)</source>
        <translation>Una copia del iPhone hecha en esta computadora (Finder, iTunes, Dispositivos Apple)</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Quitar de la lista</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>Exportaciones por importar</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Mensajes nuevos</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>Ya en el archivo</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Notes on the selected file</source>
        <translation>Notas sobre el archivo seleccionado</translation>
    </message>
    <message>
        <source>Import what can be read</source>
        <translation>Importar lo que se pueda leer</translation>
    </message>
    <message>
        <source>Import this database&apos;s messages without the parts it lacks</source>
        <translation>Importar los mensajes de esta base de datos sin las partes que le faltan</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>Todos los archivos: %p%</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>Archivo actual</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>Este archivo: %p%</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>Velocidad de importación</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Resultado de la importación</translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation>Elige los chats exportados</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>Chats exportados</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s backup</source>
        <translation>Elija la copia de seguridad del teléfono</translation>
    </message>
    <message>
        <source>Phone backups</source>
        <translation>Copias de seguridad del teléfono</translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation>Elige una carpeta de chats exportados</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>%Ln chat del teléfono</numerusform>
            <numerusform>%Ln chats del teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln copia exportada reemplazada por los registros del teléfono</numerusform>
            <numerusform>%Ln copias exportadas reemplazadas por los registros del teléfono</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>%Ln archivo multimedia guardado</numerusform>
            <numerusform>%Ln archivos multimedia guardados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>%Ln archivo omitido: abre para ver por qué</numerusform>
            <numerusform>%Ln archivos omitidos: abre para ver por qué</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>Revisar las fechas…</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>Las fechas de este archivo se pueden leer de dos maneras.</translation>
    </message>
    <message>
        <source>The dates could be read two ways: click “Check the dates…” to see both readings.</source>
        <translation>Las fechas se pueden leer de dos maneras: haz clic en “Revisar las fechas…” para ver ambas lecturas.</translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation>{0} de {1} leídos, {2} por segundo</translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation>Ya importado antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln advertencia: despliega para leerla</numerusform>
            <numerusform>%Ln advertencias: despliega para leerlas</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation>{0} mensajes leídos, {1} mensajes por segundo</translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation>Fechas revisadas</translation>
    </message>
    <message>
        <source>Drop chat exports here (.txt or .zip files, or folders of them), or the phone&apos;s msgstore.db.crypt15.</source>
        <translation>Suelte aquí los chats exportados (archivos .txt o .zip, o carpetas con ellos) o el msgstore.db.crypt15 del teléfono.</translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation>Leyendo de nuevo…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No importado</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Cancelando…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>Listo: %Ln mensaje nuevo en el archivo.</numerusform>
            <numerusform>Listo: %Ln mensajes nuevos en el archivo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these files were already in the archive.</source>
        <translation>Nada nuevo: estos archivos ya estaban en el archivo.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>No se importó nada: no se pudo leer %Ln archivo. Selecciónalo para ver por qué.</numerusform>
            <numerusform>No se importó nada: no se pudieron leer %Ln archivos. Selecciona uno para ver por qué.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>No se pudo leer %Ln archivo: selecciónalo para ver por qué.</numerusform>
            <numerusform>No se pudieron leer %Ln archivos: selecciona uno para ver por qué.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before, except {0}: it had already been read again with the other date order when Cancel took effect.</source>
        <translation>Importación cancelada. El archivo está como antes, salvo {0}: ya se había vuelto a leer con el otro orden de fechas cuando la cancelación surtió efecto.</translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation>Importación cancelada. El archivo quedó como estaba.</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>Importar chats exportados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Tamaño real</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>Abrir en otra app</translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation>Crea una copia temporal privada para la otra app; se elimina cuando cierras esta ventana.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Guardar una copia…</translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation>Este archivo no se incluyó en la exportación, así que el archivo de chats no lo tiene.</translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation>Enviado por {0} el {1}</translation>
    </message>
    <message>
        <source>(notice)</source>
        <translation>(aviso)</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>Tamaño: {0}</translation>
    </message>
    <message>
        <source>The file is missing from the archive. Run “Verify archive” to check it.</source>
        <translation>Falta el archivo en el archivo de chats. Usa &quot;Verificar el archivo&quot; para revisarlo.</translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation>wamigrate no puede mostrar este tipo de archivo. Usa &quot;Abrir en otra app&quot; o &quot;Guardar una copia…&quot;.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation>No se pudo guardar la copia: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation>Unas palabras sin relación, p. ej. cobre linterna órbita 47</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbela otra vez</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>La misma frase de contraseña otra vez</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Evaluación de la frase de contraseña</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Parece que Bloq Mayús está activado.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Escribe una frase de contraseña.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation>Suficientemente fuerte. Los espacios al principio o al final se ignoran.</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation>Al menos 10 caracteres; unas palabras sin relación son fáciles de recordar.</translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation>kit de recuperación de wamigrate</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Creado el: {0}</translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation>Esta clave abre el archivo si se olvida la frase de contraseña. Quien tenga la clave y el archivo puede leer todos sus mensajes.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation>Guárdala en un lugar seguro y lejos de la computadora que tiene el archivo: impresa en un cajón con llave, o en un administrador de contraseñas.</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation>Esta es tu clave de recuperación. Abre el archivo si olvidas la frase de contraseña. Solo se muestra ahora: guárdala, imprímela o anótala, y mantenla lejos de esta computadora.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
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
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation>Para mostrar que la guardaste, escribe el último grupo de la clave (los cuatro caracteres después del último guion):</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Último grupo de la clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>Comprobación de la clave de recuperación</translation>
    </message>
    <message>
        <source>That is the last group.</source>
        <translation>Ese es el último grupo.</translation>
    </message>
    <message>
        <source>Not the last group yet.</source>
        <translation>Todavía no es el último grupo.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Copiada. Pégala en tu administrador de contraseñas y luego borra el portapapeles.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Enviado a la impresora.</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>Guardar el kit de recuperación</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>No se pudo guardar el PDF: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation>Guardado en {0}. Sácalo de esta computadora (una memoria USB, un administrador de contraseñas).</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Tu clave de recuperación</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Ya la guardé</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>Clave de recuperación no guardada</translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation>No escribiste el último grupo de la clave. Sin la clave, olvidar la frase de contraseña significa perder el archivo. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Buscar mensajes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Buscar mensajes</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Dónde buscar</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Todos los chats</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Este chat</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtros</translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation>Filtrar por remitente, fecha y tipo de mensaje</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Estado de la búsqueda</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Resultados de la búsqueda</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>cualquier fecha</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation>Escribe palabras para buscar, o elige un filtro.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>No se encontraron mensajes.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>%Ln mensaje encontrado hasta ahora; aparecen más al desplazarte.</numerusform>
            <numerusform>%Ln mensajes encontrados hasta ahora; aparecen más al desplazarte.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>%Ln mensaje encontrado.</numerusform>
            <numerusform>%Ln mensajes encontrados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Escribe la clave de recuperación.</translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation>Desbloquear el archivo</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Carpeta del archivo</translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation>Con la frase de contraseña</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>Con la clave de recuperación</translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation>Resultado del desbloqueo</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>Elige la carpeta del archivo.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation>Desbloqueando… (tarda cerca de un segundo)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>Fecha de los consejos</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>Lo que falta en esta página</translation>
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
        <translation>¡Hola!</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Gracias</translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation>1. Abre el chat, toca el nombre arriba</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Info. del contacto</translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation>Multimedia, enlaces</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Destacados</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>Vaciar chat</translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation>2. Toca Exportar chat</translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation>Adjuntar archivos</translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation>Sin archivos</translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation>3. Elige con o sin archivos</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Compartir</translation>
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
        <translation>Guardar en Archivos</translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation>4. Guárdalo y cópialo a esta computadora</translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation>1. Abre el chat, toca ⋮</translation>
    </message>
    <message>
        <source>View contact</source>
        <translation>Ver contacto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privacidad</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>1. In WhatsApp: ⋮ ▸ Settings ▸ Chats</source>
        <translation>1. En WhatsApp: ⋮ ▸ Ajustes ▸ Chats</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Fondo de pantalla</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>Historial de chats</translation>
    </message>
    <message>
        <source>2. Tap Chat backup</source>
        <translation>2. Toque Copia de seguridad</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Copia cifrada</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Cuenta de Google</translation>
    </message>
    <message>
        <source>3. End-to-end encrypted backup ▸ Turn on</source>
        <translation>3. Copia de seguridad cifrada de extremo a extremo ▸ Activar</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Esta computadora</translation>
    </message>
    <message>
        <source>Encrypt backup</source>
        <translation>Encriptar copia</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Respaldar ahora</translation>
    </message>
    <message>
        <source>Chat Backup</source>
        <translation>Copia de seguridad</translation>
    </message>
    <message>
        <source>Auto Backup</source>
        <translation>Copia automática</translation>
    </message>
    <message>
        <source>1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup</source>
        <translation>1. En WhatsApp: Configuración ▸ Chats ▸ Copia de seguridad</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Desactivar</translation>
    </message>
    <message>
        <source>2. If the encrypted backup is on, turn it off</source>
        <translation>2. Si la copia cifrada está activada, desactívala</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias</translation>
    </message>
    <message>
        <source>3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup</source>
        <translation>3. En la computadora (Finder, Dispositivos Apple o iTunes): marca Encriptar copia local</translation>
    </message>
    <message>
        <source>4. Click Back Up Now and wait until it has finished</source>
        <translation>4. Haz clic en Respaldar ahora y espera a que termine</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>encriptada</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>sin encriptar</translation>
    </message>
    <message>
        <source>&lt;b&gt;The iPhone&apos;s backup&lt;/b&gt; on this computer holds every WhatsApp chat. Choose the newest backup of the phone.</source>
        <translation>&lt;b&gt;La copia del iPhone&lt;/b&gt; en esta computadora guarda todos los chats de WhatsApp. Elige la copia más reciente del teléfono.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>iPhone backups on this computer</source>
        <translation>Copias de iPhone en esta computadora</translation>
    </message>
    <message>
        <source>Add this backup</source>
        <translation>Agregar esta copia</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Copias encontradas</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Otra carpeta…</translation>
    </message>
    <message>
        <source>A backup folder copied elsewhere, or one in a place wamigrate does not know</source>
        <translation>Una carpeta de copia copiada a otro lugar, o una en un sitio que wamigrate no conoce</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The iPhone backup&apos;s password</source>
        <translation>La contraseña de la copia del iPhone</translation>
    </message>
    <message>
        <source>Only for an encrypted backup: the password chosen for the backups</source>
        <translation>Solo para una copia encriptada: la contraseña elegida para las copias</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Which WhatsApp</source>
        <translation>Qué WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp (or the one the phone has)</source>
        <translation>WhatsApp (o el que tenga el teléfono)</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>Se encontró %Ln copia en esta computadora.</numerusform>
            <numerusform>Se encontraron %Ln copias en esta computadora.</numerusform>
        </translation>
    </message>
    <message>
        <source>No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes or the Apple Devices app, or choose the backup&apos;s folder.</source>
        <translation>No se encontró ninguna copia de iPhone en los lugares habituales. Conecta el iPhone y respáldalo en Finder, iTunes o la app Dispositivos Apple, o elige la carpeta de la copia.</translation>
    </message>
    <message>
        <source>Choose the iPhone backup&apos;s folder</source>
        <translation>Elige la carpeta de la copia del iPhone</translation>
    </message>
    <message>
        <source>{0} is encrypted: type the password chosen for the iPhone&apos;s backups.</source>
        <translation>{0} está encriptada: escribe la contraseña elegida para las copias del iPhone.</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Llave de acceso</translation>
    </message>
    <message>
        <source>64-digit key</source>
        <translation>Clave de 64 dígitos</translation>
    </message>
    <message>
        <source>4. Choose the 64-digit key and write it down</source>
        <translation>4. Elija la clave de 64 dígitos y anótela</translation>
    </message>
    <message>
        <source>5. Tap Back up, then copy the file</source>
        <translation>5. Toque Guardar y copie el archivo</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation>2. Toca Más</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Reportar</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Vaciar chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Exportar chat</translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation>3. Toca Exportar chat</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>Sin archivos</translation>
    </message>
    <message>
        <source>Include media</source>
        <translation>Incluir archivos</translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation>4. Elige y guárdalo en Drive o envíalo por correo</translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation>Qué cambia en el cambio</translation>
    </message>
    <message>
        <source>Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past a monthly free allowance), who will need a template, and what the API will not carry over.</source>
        <translation>A quién todavía se puede responder con un mensaje común (cobrado por mensaje desde el 1 de oct. de 2026, más allá de una franquicia mensual gratuita), quién necesitará una plantilla y qué no pasará a la API.</translation>
    </message>
    <message>
        <source>Which of these is you?</source>
        <translation>¿Cuál de estos eres tú?</translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation>Cambio previsto</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>First message to customers outside the window</source>
        <translation>Primer mensaje a clientes fuera de la ventana</translation>
    </message>
    <message>
        <source>Use Meta&apos;s current rate card…</source>
        <translation>Usar la tabla de tarifas actual de Meta…</translation>
    </message>
    <message>
        <source>The rate card (CSV) downloaded from Meta&apos;s WhatsApp pricing page: its rates price the estimate.</source>
        <translation>La tabla de tarifas (CSV) descargada de la página de precios de WhatsApp de Meta: sus tarifas calculan la estimación.</translation>
    </message>
    <message>
        <source>Use the rates shipped with wamigrate</source>
        <translation>Usar las tarifas incluidas en wamigrate</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation>Impacto del cambio</translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation>Clientes según el tiempo desde su último mensaje</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>Elige tu nombre…</translation>
    </message>
    <message>
        <source>Choose the name your business has in these chats. Until wamigrate knows which sender is you, it cannot tell which customers wrote last, so the counts below are hidden.</source>
        <translation>Elige el nombre que tiene tu empresa en estos chats. Mientras wamigrate no sepa qué remitente eres tú, no puede saber qué clientes escribieron último, así que los recuentos de abajo están ocultos.</translation>
    </message>
    <message>
        <source>You chose {0}. The browser shows these messages as yours.</source>
        <translation>Elegiste {0}. El explorador muestra esos mensajes como tuyos.</translation>
    </message>
    <message>
        <source>wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong.</source>
        <translation>wamigrate tomó a {0} como tú: este nombre escribió en todos los chats. Elige otro si no es correcto.</translation>
    </message>
    <message>
        <source>Meta&apos;s rate card</source>
        <translation>Tabla de tarifas de Meta</translation>
    </message>
    <message>
        <source>Rate card (*.csv);;All files (*)</source>
        <translation>Tabla de tarifas (*.csv);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>{0}, effective {1}.</source>
        <translation>{0}, vigente desde el {1}.</translation>
    </message>
    <message>
        <source>Shipped with wamigrate: Meta&apos;s rates effective {0}.</source>
        <translation>Incluidas en wamigrate: tarifas de Meta vigentes desde el {0}.</translation>
    </message>
    <message>
        <source>The shipped rates are used instead.</source>
        <translation>Se usan en su lugar las tarifas incluidas en wamigrate.</translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation>Analizando el archivo…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Sugerencia:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation>Espera a que termine el análisis.</translation>
    </message>
    <message>
        <source>Choose your name above (Which of these is you?): until then wamigrate cannot say which customers wrote last, or who can still be answered without a template.</source>
        <translation>Elige tu nombre arriba (¿Cuál de estos eres tú?): hasta entonces wamigrate no puede decir qué clientes escribieron último ni a quién se puede responder todavía sin plantilla.</translation>
    </message>
    <message>
        <source>download the rate card (CSV) from Meta&apos;s WhatsApp pricing page and choose it with “Use Meta&apos;s current rate card…” above.</source>
        <translation>descarga la tabla de tarifas (CSV) de la página de precios de WhatsApp de Meta y elígela con “Usar la tabla de tarifas actual de Meta…” arriba.</translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Tu empresa escribe como &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation>Se hace en la página &quot;Revisar y verificar&quot;: la última verificación pasó después de la última importación.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Ajustes ▸ Cuenta ▸ Verificación en dos pasos: anota el PIN o desactívala.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ Configuración ▸ Cuenta ▸ Verificación en dos pasos: anota el PIN o desactívala.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Ajustes ▸ Cuenta ▸ Eliminar mi cuenta ▸ escribe el número ▸ Eliminar mi cuenta.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ Configuración ▸ Cuenta ▸ Eliminar mi cuenta ▸ escribe el número ▸ Eliminar mi cuenta.</translation>
    </message>
    <message>
        <source>Messages that came in since your last export are only on the phone, and deleting the account deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the top), then import the files with the button below and verify.</source>
        <translation>Los mensajes que llegaron desde tu última exportación solo están en el teléfono, y eliminar la cuenta los borra. En el teléfono, exporta de nuevo cada chat con mensajes nuevos (WhatsApp los muestra arriba), luego importa los archivos con el botón de abajo y verifica.</translation>
    </message>
    <message>
        <source>At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept one; the display name; the login of your Meta business portfolio; a payment method.</source>
        <translation>En tu proveedor (su sitio web o el enlace de registro que te dio), agrega el número. Ten a mano: el teléfono, encendido, para recibir el código de 6 dígitos por SMS o llamada; el PIN de verificación en dos pasos si conservaste uno; el nombre visible; el acceso a tu portafolio comercial de Meta; un método de pago.</translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation>Meta necesita unos minutos para liberar el número (error 133015 si registras demasiado pronto).</translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation>No abras WhatsApp en el teléfono para registrar el número otra vez: saldría de la API.</translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation>Play Store ▸ WhatsApp Business ▸ Actualizar. Revisa la versión en Ajustes ▸ Ayuda ▸ Info. de la app.</translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation>App Store ▸ WhatsApp Business ▸ Actualizar. Revisa la versión en Configuración ▸ Ayuda.</translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation>Las sesiones de WhatsApp Web y de escritorio se cerrarán; avisa al equipo que las usa.</translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts the history and contact sync within 24 hours, or the onboarding must be done again.</source>
        <translation>Durante la incorporación la app pide compartir el historial: toca Confirmar y asegúrate de que el proveedor inicie la sincronización del historial y los contactos dentro de 24 horas, o habrá que repetir la incorporación.</translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).</source>
        <translation>Abre la app WhatsApp Business en el teléfono al menos cada 13 días (cada semana es más seguro).</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation>Administrador de WhatsApp ▸ Números de teléfono ▸ el número ▸ Verificación en dos pasos ▸ Desactivar.</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation>Administrador de WhatsApp ▸ Números de teléfono: el nombre visible dice Aprobado.</translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation>Configuración del negocio ▸ Pagos (o el portal del proveedor): hay un método de pago agregado.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation>Marca cada paso cuando esté hecho. Cada marca queda registrada, con su hora, en el archivo.</translation>
    </message>
    <message>
        <source>Import the final exports…</source>
        <translation>Importar las exportaciones finales…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verificar ahora</translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation>Hecho {0}.</translation>
    </message>
    <message>
        <source>The 5 minutes have passed: tick the wait, then register the number.</source>
        <translation>Ya pasaron los 5 minutos: marca la espera y luego registra el número.</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>Esto no se puede deshacer</translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation>Marca esto solo después de haberlo hecho de verdad: &quot;{0}&quot;. ¿Hecho?</translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation>Preparación de la empresa</translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation>Algunas preguntas que Meta o tu proveedor te harán. Deja en blanco lo que todavía no sepas.</translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation>Nombre visible (lo ven los clientes)</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Sitio web</translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation>Dirección de la política de privacidad</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>Verificación de la empresa</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation>Proveedor (socio de soluciones)</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Tipo de proveedor</translation>
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
        <translation>Otro</translation>
    </message>
    <message>
        <source>Retail and shops</source>
        <translation>Comercio y tiendas</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>Comida y restaurantes</translation>
    </message>
    <message>
        <source>Health clinic</source>
        <translation>Clínica de salud</translation>
    </message>
    <message>
        <source>Beauty and wellness</source>
        <translation>Belleza y bienestar</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Travel and hotels</source>
        <translation>Viajes y hoteles</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Servicios profesionales</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Servicios financieros</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Bienes raíces</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Automotriz</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Entretenimiento</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Sin fines de lucro</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Gobierno</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alcohol</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Tabaco</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>Armas de fuego</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Drogas</translation>
    </message>
    <message>
        <source>Prescription medicine</source>
        <translation>Medicamentos con receta</translation>
    </message>
    <message>
        <source>Over-the-counter medicine</source>
        <translation>Medicamentos de venta libre</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Dispositivos médicos</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Apuestas</translation>
    </message>
    <message>
        <source>Adult products</source>
        <translation>Productos para adultos</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Citas</translation>
    </message>
    <message>
        <source>Cryptocurrency</source>
        <translation>Criptomonedas</translation>
    </message>
    <message>
        <source>Multi-level marketing</source>
        <translation>Marketing multinivel</translation>
    </message>
    <message>
        <source>Payday loans</source>
        <translation>Préstamos de día de pago</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>Cobranza de deudas</translation>
    </message>
    <message>
        <source>Live animals</source>
        <translation>Animales vivos</translation>
    </message>
    <message>
        <source>General-purpose AI assistant</source>
        <translation>Asistente de IA de uso general</translation>
    </message>
    <message>
        <source>Restricted or regulated by Meta&apos;s policy:</source>
        <translation>Restringidas o reguladas por la política de Meta:</translation>
    </message>
    <message>
        <source>The business already has a Meta business portfolio</source>
        <translation>La empresa ya tiene un portafolio comercial de Meta</translation>
    </message>
    <message>
        <source>No, it will be created</source>
        <translation>No, se creará</translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation>Método de pago agregado</translation>
    </message>
    <message>
        <source>A phone menu (IVR) answers calls to this number</source>
        <translation>Un menú telefónico (IVR) contesta las llamadas a este número</translation>
    </message>
    <message>
        <source>Linked devices (WhatsApp Web, desktop, tablets)</source>
        <translation>Dispositivos vinculados (WhatsApp Web, computadora, tabletas)</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 o más</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): add them one by one, load a file, or paste them in TOML as in docs/profile-example.toml.</source>
        <translation>&lt;b&gt;Plantillas&lt;/b&gt; (opcional): agrégalas una por una, carga un archivo o pégalas en TOML como en docs/profile-example.toml.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>How customers agree to receive messages</source>
        <translation>Cómo aceptan los clientes recibir mensajes</translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation>Versión de la app WhatsApp Business (Ajustes ▸ Ayuda)</translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation>Plantillas de mensaje (TOML)</translation>
    </message>
    <message>
        <source>Add a template…</source>
        <translation>Agregar una plantilla…</translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation>Cargar plantillas desde un archivo…</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Hallazgos de preparación</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Todavía no lo sé</translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation>Archivo de plantillas</translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation>TOML (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>No se pudo leer el archivo: {0}</translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation>Las plantillas no son TOML válido: {0}</translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation>Tu informe de preparación</translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation>Guárdalo para tu proveedor, y mantén el archivo a salvo.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>Guardar como página web…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Guardar como JSON…</translation>
    </message>
    <message>
        <source>Include the export file names (they usually contain customers&apos; names)</source>
        <translation>Incluir los nombres de los archivos exportados (suelen contener nombres de clientes)</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Informe guardado</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>Lo que falta hacer</translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation>Abrir el explorador del archivo</translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation>Leer y buscar en los chats archivados</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Preparando el informe…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n hallazgo requiere acción.</numerusform>
            <numerusform>%n hallazgos requieren acción.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n pregunta todavía sin responder.</numerusform>
            <numerusform>%n preguntas todavía sin responder.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>No queda nada por hacer.</translation>
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
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Guardando el informe</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;En Android&lt;/b&gt;, para cada chat: abre el chat ▸ toca ⋮ (arriba a la derecha) ▸ &lt;i&gt;Más&lt;/i&gt; ▸ &lt;i&gt;Exportar chat&lt;/i&gt; ▸ &lt;i&gt;Incluir archivos&lt;/i&gt; (o &lt;i&gt;Sin archivos&lt;/i&gt;) ▸ guarda el archivo en Google Drive o envíatelo por correo, y luego cópialo a esta computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation>&lt;b&gt;En iPhone&lt;/b&gt;, para cada chat: abre el chat ▸ toca el nombre del contacto o del grupo arriba ▸ &lt;i&gt;Exportar chat&lt;/i&gt; ▸ &lt;i&gt;Adjuntar archivos&lt;/i&gt; (o &lt;i&gt;Sin archivos&lt;/i&gt;) ▸ &lt;i&gt;Guardar en Archivos&lt;/i&gt; o envíalo por AirDrop a esta computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) or &lt;i&gt;Mail&lt;/i&gt; it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;En iPhone&lt;/b&gt;, para cada chat: abre el chat ▸ toca el nombre del contacto o del grupo arriba ▸ &lt;i&gt;Exportar chat&lt;/i&gt; ▸ &lt;i&gt;Adjuntar archivos&lt;/i&gt; (o &lt;i&gt;Sin archivos&lt;/i&gt;) ▸ &lt;i&gt;Guardar en Archivos&lt;/i&gt; (iCloud Drive) o envíatelo por &lt;i&gt;Mail&lt;/i&gt;, y luego cópialo a esta computadora.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the phone, in one step&lt;/b&gt; (Android, WhatsApp or WhatsApp Business): turn on the &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; with the &lt;b&gt;64-digit key&lt;/b&gt; (not a password or passkey: those cannot be opened on a computer) and &lt;b&gt;write the key down&lt;/b&gt;, WhatsApp shows it once. Tap &lt;i&gt;Back up&lt;/i&gt;. Then connect the phone by USB and copy &lt;tt&gt;{0}&lt;/tt&gt; to this computer, and, if you want the photos and voice notes too, the &lt;tt&gt;Media&lt;/tt&gt; folder next to &lt;tt&gt;Databases&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Todo desde el teléfono, en un paso&lt;/b&gt; (Android, WhatsApp o WhatsApp Business): active la &lt;i&gt;copia de seguridad cifrada de extremo a extremo&lt;/i&gt; con la &lt;b&gt;clave de 64 dígitos&lt;/b&gt; (no con una contraseña ni una llave de acceso: esas no se pueden abrir en una computadora) y &lt;b&gt;anote la clave&lt;/b&gt;: WhatsApp la muestra una sola vez. Toque &lt;i&gt;Guardar&lt;/i&gt;. Luego conecte el teléfono por USB y copie &lt;tt&gt;{0}&lt;/tt&gt; a esta computadora y, si también quiere las fotos y los mensajes de voz, la carpeta &lt;tt&gt;Media&lt;/tt&gt; junto a &lt;tt&gt;Databases&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation>WhatsApp pone como máximo &lt;b&gt;10,000 mensajes recientes&lt;/b&gt; en una exportación con archivos y como máximo &lt;b&gt;40,000&lt;/b&gt; sin archivos. Para un chat más largo, expórtalo de las dos maneras: wamigrate guarda cada mensaje una sola vez.</translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation>Protege tu historial</translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation>Exporta cada chat desde el teléfono y guárdalos en un archivo cifrado en esta computadora.</translation>
    </message>
    <message>
        <source>Everything from the phone (recommended): every chat, complete</source>
        <translation>Todo desde el teléfono (recomendado): todos los chats, completos</translation>
    </message>
    <message>
        <source>Chats exported one by one</source>
        <translation>Chats exportados uno por uno</translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation>Crear un archivo nuevo</translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation>Abrir el archivo que creé antes</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>Ubicación del archivo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the iPhone, in one step&lt;/b&gt; (WhatsApp or WhatsApp Business): if WhatsApp&apos;s own &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat Backup): while it is on, the chats are not in the computer&apos;s backup. Then connect the iPhone to this computer and back it up: in &lt;b&gt;Finder&lt;/b&gt; on a Mac, or the &lt;b&gt;Apple Devices&lt;/b&gt; app (or iTunes) on Windows, choose &lt;i&gt;Back up all of the data on your iPhone to this computer&lt;/i&gt;, tick &lt;i&gt;Encrypt local backup&lt;/i&gt;, choose a password you will remember, and click &lt;i&gt;Back Up Now&lt;/i&gt;. When it has finished, choose the backup on the next page.</source>
        <translation>&lt;b&gt;Todo del iPhone, de una vez&lt;/b&gt; (WhatsApp o WhatsApp Business): si la &lt;i&gt;copia cifrada de extremo a extremo&lt;/i&gt; del propio WhatsApp en iCloud está activada, desactívala primero (WhatsApp ▸ Configuración ▸ Chats ▸ Copia de seguridad): mientras esté activada, los chats no están en la copia de la computadora. Luego conecta el iPhone a esta computadora y respáldalo: en &lt;b&gt;Finder&lt;/b&gt; en una Mac, o en la app &lt;b&gt;Dispositivos Apple&lt;/b&gt; (o iTunes) en Windows, elige &lt;i&gt;Respaldar toda la información del iPhone en esta computadora&lt;/i&gt;, marca &lt;i&gt;Encriptar copia local&lt;/i&gt;, elige una contraseña que vayas a recordar y haz clic en &lt;i&gt;Respaldar ahora&lt;/i&gt;. Cuando termine, elige la copia en la página siguiente.</translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation>Elige dónde se guarda el archivo</translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation>Crear el archivo</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>Estado del archivo</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Crear una nueva clave de recuperación</translation>
    </message>
    <message>
        <source>Copy every chat from the phone&apos;s own backup, and keep them in an encrypted archive on this computer.</source>
        <translation>Copie todos los chats de la copia de seguridad del propio teléfono y guárdelos en un archivo cifrado en esta computadora.</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>Dónde guardar el archivo</translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation>Archivo (*.wamarchive)</translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation>Elige la carpeta del archivo (su nombre termina en .wamarchive)</translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation>Creando el archivo… (unos segundos)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation>Archivo desbloqueado: {0}</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed while it was shown). Make a new recovery key and keep it before you go on: the old one stops working.</source>
        <translation>Archivo desbloqueado: {0}. Nunca se confirmó que guardaste su clave de recuperación (la ventana se cerró mientras se mostraba). Crea una nueva clave de recuperación y guárdala antes de continuar: la anterior deja de funcionar.</translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation>Archivo creado: {0}</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the archive.</source>
        <translation>Se creó una nueva clave de recuperación; la anterior ya no abre el archivo.</translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation>Espera a que se abra el archivo.</translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation>Importa tus chats</translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation>Agrega los chats exportados. Puedes agregar más después, desde esta página o desde el explorador del archivo.</translation>
    </message>
    <message>
        <source>Choose the iPhone&apos;s newest backup and type its password if it is encrypted. Exported chats can be added too, now or later.</source>
        <translation>Elige la copia más reciente del iPhone y escribe su contraseña si está encriptada. También puedes agregar chats exportados, ahora o más tarde.</translation>
    </message>
    <message>
        <source>Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats can be added too, now or later.</source>
        <translation>Agregue el msgstore.db.crypt15 que copió del teléfono y escriba su clave de 64 dígitos. También puede agregar chats exportados, ahora o más tarde.</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>Espera a que termine la importación, o cancélala.</translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation>Revisar y verificar</translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation>Revisa que estén todos los chats que necesitas y luego verifica el archivo: se vuelve a leer cada página, mensaje y archivo.</translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation>Chats en el archivo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Advertencias</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>Double-click a chat to read it</source>
        <translation>Haz doble clic en un chat para leerlo</translation>
    </message>
    <message>
        <source>Rename the chat…</source>
        <translation>Cambiar el nombre del chat…</translation>
    </message>
    <message>
        <source>Give the selected chat a name that says who it is</source>
        <translation>Dale al chat seleccionado un nombre que diga quién es</translation>
    </message>
    <message>
        <source>Read the chat</source>
        <translation>Leer el chat</translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation>Verificar el archivo</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Resultado de la verificación</translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation>Contando los chats…</translation>
    </message>
    <message>
        <source>Rename the chat</source>
        <translation>Cambiar el nombre del chat</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>Nuevo nombre para “{0}”:</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation>{0} chats, {1} mensajes.</translation>
    </message>
    <message>
        <source>All {0} chats of the phone&apos;s database {1} are here: first message {2}, last message {3}.</source>
        <translation>Los {0} chats de la base de datos del teléfono {1} están aquí: primer mensaje {2}, último mensaje {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln chat vino solo de exportaciones; la base de datos del teléfono no lo tenía: {0}</numerusform>
            <numerusform>%Ln chats vinieron solo de exportaciones; la base de datos del teléfono no los tenía: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation>Verificado después de la última importación.</translation>
    </message>
    <message>
        <source>Phone and exports</source>
        <translation>Teléfono y exportaciones</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verificación cancelada.</translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation>Espera a que termine la verificación.</translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation>WhatsApp (la app común)</translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation>App WhatsApp Business</translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation>Ya en la API, con un proveedor</translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation>Todavía no está en WhatsApp</translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation>Lleva tu número a la Plataforma de WhatsApp Business</translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation>wamigrate te guía en el cambio paso a paso, en el orden seguro: primero tus chats se respaldan en un archivo cifrado en esta computadora, luego se revisan, y solo entonces la lista habilita el paso que no se puede deshacer. Puedes cerrar wamigrate en cualquier momento: sigue donde lo dejaste.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history.&lt;/b&gt; On a full migration it does not move: deleting the app account loses every conversation on the phone unless it is backed up first. With coexistence the provider can copy up to 6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; For 24 hours after a customer&apos;s last message or call you can answer with ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those replies are charged per message past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; Meta, “Upcoming pricing updates”, updated 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates, broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Qué cambia en la API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Historial de chats.&lt;/b&gt; En una migración completa no se traslada: eliminar la cuenta de la app pierde todas las conversaciones del teléfono, salvo que se respalden antes. Con la coexistencia el proveedor puede copiar hasta 6 meses de chats individuales (sin grupos, multimedia solo de los últimos 14 días), una vez, dentro de las 24 horas de la incorporación: conserva este archivo como la copia completa. (Meta, “Migrate an existing WhatsApp number”, actualizado el 31 oct. 2025; Meta, “Onboard WhatsApp Business app users”, actualizado el 20 mar. 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;La regla de las 24 horas.&lt;/b&gt; Durante 24 horas después del último mensaje o llamada de un cliente puedes responder con mensajes comunes; después, solo con plantillas aprobadas. Desde el 1 de octubre de 2026 esas respuestas se cobran por mensaje más allá de una franquicia mensual gratuita (los proveedores informan 1.000 por número), y sin método de pago no se entregan. (Meta, “Send messages”, actualizado el 4 nov. 2025; Meta, “Upcoming pricing updates”, actualizado el 1 jul. 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Algunas funciones de la app no pasan:&lt;/b&gt; eliminar o reenviar mensajes, estados, listas de difusión (las plantillas las reemplazan), enviar encuestas; grupos solo para cuentas de marca verificada con 8 personas como máximo; llamadas solo con una integración de llamadas, y ninguna de las dos con coexistencia. Las reacciones y las respuestas a un mensaje sí funcionan. (Meta, “Groups API”, actualizado el 16 jun. 2026)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation>&lt;b&gt;¿No sabes qué camino tomar?&lt;/b&gt; ¿Dónde está el número ahora?</translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation>Dónde está el número ahora</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Usar la sugerencia</translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation>Ruta sugerida</translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Cómo vas a mover el número?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation>Eliminar la cuenta de la app y usar el número solo en la API.</translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation>Coexistencia: conservar la app WhatsApp Business</translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation>El número funciona en la app Business y en la API al mismo tiempo.</translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation>El número ya está en la API; pasa a otro proveedor.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Tu número</translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation>El número que vas a mover, y dónde está ahora.</translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation>País del número</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>Elige el país…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation>p. ej. 55 1234 5678, o +52 55 1234 5678</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Revisión del número</translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation>Ahora está en</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
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
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>Two-step verification (a 6-digit PIN) is on</source>
        <translation>La verificación en dos pasos (un PIN de 6 dígitos) está activada</translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation>El número recibe SMS</translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation>El número recibe llamadas de voz</translation>
    </message>
    <message>
        <source>About the registration code</source>
        <translation>Sobre el código de registro</translation>
    </message>
    <message>
        <source>{0}: a {1} number in {2}.</source>
        <translation>{0}: un número {1} en {2}.</translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation>Meta envía un código de registro al número por SMS o llamada de voz, así que uno de los dos debe llegarte el día del registro.</translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation>wamigrate — mueve tu número de WhatsApp</translation>
    </message>
    <message>
        <source>Close and continue later</source>
        <translation>Cerrar y continuar después</translation>
    </message>
    <message>
        <source>Choose the language of wamigrate</source>
        <translation>Elige el idioma de wamigrate</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Paso {0} de {1}</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation>Hay una importación en curso. ¿Cancelarla y cerrar? El archivo queda como estaba antes de la importación.</translation>
    </message>
    <message>
        <source>The recovery key is on screen and you have not typed its last group back yet. If you close now without keeping it, you will be asked to make a new one next time. Close anyway?</source>
        <translation>La clave de recuperación está en pantalla y todavía no escribiste su último grupo. Si cierras ahora sin guardarla, la próxima vez tendrás que crear una nueva. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation>¿Cerrar el asistente? Tus respuestas se guardan (nunca tu frase de contraseña); la próxima vez sigues aquí.</translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation>Cerrar wamigrate</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>todos los mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln mensaje, {0}. Exportado del archivo el {1}.</numerusform>
            <numerusform>%Ln mensajes, {0}. Exportados del archivo el {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Página {0} de {1}</translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation>Clientes según el tiempo desde su último mensaje, en el cambio</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Not answered yet: {0}</source>
        <translation>Todavía sin respuesta: {0}</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Responde: {0}</translation>
    </message>
    <message>
        <source>the phone number, with its country code</source>
        <translation>el número de teléfono, con su código de país</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a complete international number.</source>
        <translation>&apos;{0}&apos; no es un número internacional completo.</translation>
    </message>
    <message>
        <source>Meta registers only numbers with a country code and area code; short codes are not supported.</source>
        <translation>Meta registra solo números con código de país y de área; los números cortos no se admiten.</translation>
    </message>
    <message>
        <source>Enter the number with + and the country code, e.g. +44 7911 123456.</source>
        <translation>Escribe el número con + y el código de país, p. ej. +52 55 1234 5678.</translation>
    </message>
    <message>
        <source>{0} is not a number in use in its country&apos;s numbering plan.</source>
        <translation>{0} no es un número en uso en el plan de numeración de su país.</translation>
    </message>
    <message>
        <source>Meta sends a code to the number; an invalid number cannot receive it.</source>
        <translation>Meta envía un código al número; un número no válido no puede recibirlo.</translation>
    </message>
    <message>
        <source>Check the digits and the country code.</source>
        <translation>Revisa los dígitos y el código de país.</translation>
    </message>
    <message>
        <source>{0} is a valid number ({1}).</source>
        <translation>{0} es un número válido ({1}).</translation>
    </message>
    <message>
        <source>a landline</source>
        <translation>un teléfono fijo</translation>
    </message>
    <message>
        <source>a toll-free number</source>
        <translation>un número gratuito</translation>
    </message>
    <message>
        <source>a VoIP/virtual number</source>
        <translation>un número VoIP/virtual</translation>
    </message>
    <message>
        <source>a premium-rate number</source>
        <translation>un número de tarifa especial</translation>
    </message>
    <message>
        <source>a universal-access number</source>
        <translation>un número de acceso universal</translation>
    </message>
    <message>
        <source>a shared-cost number</source>
        <translation>un número de costo compartido</translation>
    </message>
    <message>
        <source>a personal (forwarding) number</source>
        <translation>un número personal (de desvío)</translation>
    </message>
    <message>
        <source>a valid phone number</source>
        <translation>un número de teléfono válido</translation>
    </message>
    <message>
        <source>This is a pager number.</source>
        <translation>Este es un número de buscapersonas.</translation>
    </message>
    <message>
        <source>Meta does not support pager numbers.</source>
        <translation>Meta no admite números de buscapersonas.</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>Usa un número móvil.</translation>
    </message>
    <message>
        <source>This is {0}.</source>
        <translation>Este es {0}.</translation>
    </message>
    <message>
        <source>Meta does not recommend such numbers for the registration code by SMS or by voice call (nor machine-to-machine numbers): the code may never arrive.</source>
        <translation>Meta no recomienda esos números para el código de registro por SMS ni por llamada (ni los números de máquina a máquina): puede que el código nunca llegue.</translation>
    </message>
    <message>
        <source>Register a mobile or landline number of the business instead, or test that a voice call reaches you.</source>
        <translation>Registra en su lugar un móvil o fijo de la empresa, o prueba que una llamada te llegue.</translation>
    </message>
    <message>
        <source>Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.</source>
        <translation>Meta no recomienda recibir el código de registro por SMS en esos números; una llamada de voz funciona.</translation>
    </message>
    <message>
        <source>Choose the voice-call option when Meta sends the code, and make sure a person can answer it.</source>
        <translation>Elige la opción de llamada de voz cuando Meta envíe el código, y asegúrate de que una persona pueda contestar.</translation>
    </message>
    <message>
        <source>A mobile number: it can receive the code by SMS or voice call.</source>
        <translation>Un número móvil: puede recibir el código por SMS o llamada de voz.</translation>
    </message>
    <message>
        <source>can the number receive SMS? voice calls?</source>
        <translation>¿el número recibe SMS? ¿llamadas de voz?</translation>
    </message>
    <message>
        <source>The number can receive neither SMS nor voice calls.</source>
        <translation>El número no recibe ni SMS ni llamadas de voz.</translation>
    </message>
    <message>
        <source>Meta proves you own the number with a code sent by SMS or voice call.</source>
        <translation>Meta comprueba que el número es tuyo con un código enviado por SMS o llamada de voz.</translation>
    </message>
    <message>
        <source>Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before registering.</source>
        <translation>Haz que el número reciba SMS o llamadas de voz (quita el bloqueo de llamadas, desactiva el desvío) antes de registrarlo.</translation>
    </message>
    <message>
        <source>The number can receive the registration code.</source>
        <translation>El número puede recibir el código de registro.</translation>
    </message>
    <message>
        <source>does an IVR (phone menu) answer calls to this number?</source>
        <translation>¿un IVR (menú telefónico) contesta las llamadas a este número?</translation>
    </message>
    <message>
        <source>Calls to the number are answered by an IVR.</source>
        <translation>Las llamadas al número las contesta un IVR.</translation>
    </message>
    <message>
        <source>The registration call must reach a person; IVR numbers that cannot receive it are not supported.</source>
        <translation>La llamada de registro debe llegar a una persona; no se admiten números de IVR que no puedan recibirla.</translation>
    </message>
    <message>
        <source>Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes from and allow-list them so the call reaches a person.</source>
        <translation>Desactiva el IVR y el desvío de llamadas durante el registro, o pide a Meta los números desde los que llama y permítelos para que la llamada llegue a una persona.</translation>
    </message>
    <message>
        <source>No IVR answers the number.</source>
        <translation>Ningún IVR contesta el número.</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Cuba</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Irán</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Corea del Norte</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Siria</translation>
    </message>
    <message>
        <source>the country of the business</source>
        <translation>el país de la empresa</translation>
    </message>
    <message>
        <source>The business or number is in {0}.</source>
        <translation>La empresa o el número está en {0}.</translation>
    </message>
    <message>
        <source>Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not eligible for the WhatsApp Business Platform.</source>
        <translation>Las empresas en Cuba, Irán, Corea del Norte, Siria y las regiones de Crimea, Donetsk y Luhansk no pueden usar la Plataforma de WhatsApp Business.</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration.</source>
        <translation>Esto no se puede resolver con la configuración.</translation>
    </message>
    <message>
        <source>Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be located there).</source>
        <translation>La región {0} es elegible (Crimea, Donetsk y Luhansk no se distinguen por el número: la empresa no debe estar ahí).</translation>
    </message>
    <message>
        <source>which WhatsApp app the number is on now</source>
        <translation>en qué app de WhatsApp está el número ahora</translation>
    </message>
    <message>
        <source>The number is not registered in a WhatsApp app.</source>
        <translation>El número no está registrado en ninguna app de WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp Messenger</source>
        <translation>WhatsApp Messenger</translation>
    </message>
    <message>
        <source>the WhatsApp Business app</source>
        <translation>la app WhatsApp Business</translation>
    </message>
    <message>
        <source>The number is still registered in {0}.</source>
        <translation>El número sigue registrado en {0}.</translation>
    </message>
    <message>
        <source>A number cannot be on the API and in the app at once; chat history is not moved to the API.</source>
        <translation>Un número no puede estar en la API y en la app a la vez; el historial de chats no pasa a la API.</translation>
    </message>
    <message>
        <source>First back up every chat, then in the app: Settings &gt; Account &gt; Delete my account (checklist step).</source>
        <translation>Primero respalda cada chat y luego, en la app: Ajustes &gt; Cuenta &gt; Eliminar mi cuenta (paso de la lista).</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app, which coexistence supports.</source>
        <translation>El número está en la app WhatsApp Business, que la coexistencia admite.</translation>
    </message>
    <message>
        <source>WhatsApp Messenger (personal)</source>
        <translation>WhatsApp Messenger (personal)</translation>
    </message>
    <message>
        <source>no WhatsApp app</source>
        <translation>ninguna app de WhatsApp</translation>
    </message>
    <message>
        <source>The number is on {0}.</source>
        <translation>El número está en {0}.</translation>
    </message>
    <message>
        <source>Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.</source>
        <translation>La coexistencia mantiene la app WhatsApp Business junto a la API; no existe para otros números.</translation>
    </message>
    <message>
        <source>Choose the full-migration route, or move the number to the WhatsApp Business app first.</source>
        <translation>Elige la ruta de migración completa, o pasa antes el número a la app WhatsApp Business.</translation>
    </message>
    <message>
        <source>Reminder for cut-over day.</source>
        <translation>Recordatorio para el día del cambio.</translation>
    </message>
    <message>
        <source>Registering too soon after deleting the app account fails with error 133015.</source>
        <translation>Registrar demasiado pronto después de eliminar la cuenta de la app falla con el error 133015.</translation>
    </message>
    <message>
        <source>After deleting the account, wait at least 5 minutes before the provider registers the number.</source>
        <translation>Después de eliminar la cuenta, espera al menos 5 minutos antes de que el proveedor registre el número.</translation>
    </message>
    <message>
        <source>the Business app version</source>
        <translation>la versión de la app Business</translation>
    </message>
    <message>
        <source>the provider&apos;s partner type</source>
        <translation>el tipo de socio del proveedor</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>the Business app is version {0} (2.24.17 or newer is needed)</source>
        <translation>la app Business está en la versión {0} (se necesita 2.24.17 o más nueva)</translation>
    </message>
    <message>
        <source>the provider is neither a Solution Partner nor a Tech Provider</source>
        <translation>el proveedor no es Solution Partner ni Tech Provider</translation>
    </message>
    <message>
        <source>Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.</source>
        <translation>Meta ofrece la coexistencia solo a través de Solution Partners y Tech Providers, con versiones recientes de la app.</translation>
    </message>
    <message>
        <source>Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.</source>
        <translation>Actualiza la app WhatsApp Business; elige un proveedor que sea Solution Partner o Tech Provider.</translation>
    </message>
    <message>
        <source>App version and provider support coexistence.</source>
        <translation>La versión de la app y el proveedor admiten la coexistencia.</translation>
    </message>
    <message>
        <source>Providers also report that the number must have been used in the Business app for at least 7 days before onboarding, and Meta&apos;s Embedded Signup v2 stopped working on 15 Oct 2026: a provider still using it cannot onboard anyone.</source>
        <translation>Los proveedores también informan que el número debe haberse usado en la app Business al menos 7 días antes de la incorporación, y el Embedded Signup v2 de Meta dejó de funcionar el 15 de oct. de 2026: un proveedor que aún lo use no puede incorporar a nadie.</translation>
    </message>
    <message>
        <source>Use the Business app for a week before onboarding, and ask the provider which signup version it uses.</source>
        <translation>Usa la app Business una semana antes de la incorporación y pregunta al proveedor qué versión de registro usa.</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>el número de teléfono</translation>
    </message>
    <message>
        <source>The number&apos;s country code is +{0}.</source>
        <translation>El código de país del número es +{0}.</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers.</source>
        <translation>La coexistencia no está disponible para números de Nigeria (+234) y Sudáfrica (+27).</translation>
    </message>
    <message>
        <source>Use the full-migration route for this number.</source>
        <translation>Usa la ruta de migración completa para este número.</translation>
    </message>
    <message>
        <source>Coexistence is available for +{0}.</source>
        <translation>La coexistencia está disponible para +{0}.</translation>
    </message>
    <message>
        <source>Good to know.</source>
        <translation>Bueno saberlo.</translation>
    </message>
    <message>
        <source>A coexistence number sends at most 20 messages per second (80 normally).</source>
        <translation>Un número en coexistencia envía como máximo 20 mensajes por segundo (80 normalmente).</translation>
    </message>
    <message>
        <source>Plan the onboarding day.</source>
        <translation>Planifica el día del alta.</translation>
    </message>
    <message>
        <source>The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during onboarding, and the provider must start the history and contact sync within 24 hours of it, or you have to leave and redo the onboarding. Media older than 14 days is not included.</source>
        <translation>El proveedor puede copiar hasta 180 días de chats individuales (no grupos) una sola vez; tocas Confirmar durante la incorporación y el proveedor debe iniciar la sincronización del historial y los contactos dentro de 24 horas, o habrá que salir y repetir la incorporación. No se incluyen archivos multimedia de más de 14 días.</translation>
    </message>
    <message>
        <source>Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts the sync the same day.</source>
        <translation>Conserva este archivo como la copia completa; toca Confirmar durante la incorporación y asegúrate de que el proveedor inicie la sincronización el mismo día.</translation>
    </message>
    <message>
        <source>The number joins an existing business portfolio and gets its messaging limit at once.</source>
        <translation>El número se une a un portafolio comercial existente y obtiene su límite de mensajes de inmediato.</translation>
    </message>
    <message>
        <source>The limit belongs to the business portfolio and is shared by all of its numbers.</source>
        <translation>El límite pertenece al portafolio comercial y lo comparten todos sus números.</translation>
    </message>
    <message>
        <source>Other numbers&apos; templates use up the same limit: plan the first day with that in mind.</source>
        <translation>Las plantillas de los otros números consumen el mismo límite: planifica el primer día teniéndolo en cuenta.</translation>
    </message>
    <message>
        <source>does the business already have a Meta business portfolio?</source>
        <translation>¿la empresa ya tiene un portafolio comercial de Meta?</translation>
    </message>
    <message>
        <source>A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to 2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 customers reached in 30 days with high-quality templates) and a review of message quality.</source>
        <translation>Un portafolio comercial nuevo empieza con 250 clientes por día fuera de la ventana de 24 horas. Meta lo sube a 2.000 tras uno de tres caminos (verificación de la empresa, verificación por el socio, o 2.000 clientes alcanzados en 30 días con plantillas de alta calidad) y una revisión de la calidad de los mensajes.</translation>
    </message>
    <message>
        <source>New portfolio, verified business: 250 customers a day at first, 2,000 after Meta&apos;s quality review.</source>
        <translation>Portafolio nuevo, empresa verificada: 250 clientes por día al principio, 2.000 tras la revisión de calidad de Meta.</translation>
    </message>
    <message>
        <source>A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window.</source>
        <translation>Un portafolio comercial nuevo, aún sin verificar: 250 clientes por día fuera de la ventana de 24 horas.</translation>
    </message>
    <message>
        <source>Complete business verification (or partner-led verification) before the cut-over, or spread the first templates over several days.</source>
        <translation>Completa la verificación de la empresa (o la verificación por el socio) antes del corte, o reparte las primeras plantillas en varios días.</translation>
    </message>
    <message>
        <source>it needs a copy-code or one-tap button</source>
        <translation>necesita un botón de copiar código o de un toque</translation>
    </message>
    <message>
        <source>its body must be Meta&apos;s preset text (&apos;{{1}} is your verification code.&apos;)</source>
        <translation>el cuerpo debe ser el texto predefinido de Meta (&apos;{{1}} is your verification code.&apos;)</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates are its preset code message with a copy-code or one-tap button; a custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a username (error 131062).</source>
        <translation>Las plantillas de autenticación de Meta son su mensaje de código predefinido con un botón de copiar código o de un toque; se rechazan textos propios, enlaces, multimedia o emojis. No se pueden enviar a clientes conocidos solo por nombre de usuario (error 131062).</translation>
    </message>
    <message>
        <source>Create the template from Meta&apos;s authentication preset and add a copy-code or one-tap button.</source>
        <translation>Crea la plantilla a partir del predefinido de autenticación de Meta y agrega un botón de copiar código o de un toque.</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 (error 131049); Canadian numbers are not affected.</source>
        <translation>Las plantillas de marketing no se entregan a números de EE. UU. (+1 con código de área de EE. UU.) desde el 1 de abril de 2025 (error 131049); los números de Canadá no se ven afectados.</translation>
    </message>
    <message>
        <source>Plan utility templates (or replies inside the 24-hour window) for US customers.</source>
        <translation>Planifica plantillas de utilidad (o respuestas dentro de la ventana de 24 horas) para clientes de EE. UU.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>%n de tus clientes tiene número de EE. UU.: las plantillas de marketing no le llegarán.</numerusform>
            <numerusform>%n de tus clientes tienen números de EE. UU.: las plantillas de marketing no les llegarán.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s customers has a US number.</source>
        <translation>Ningún cliente del archivo tiene número de EE. UU.</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n plantilla de marketing, y la empresa está en EE. UU.: la mayoría de sus clientes probablemente tiene números de EE. UU.</numerusform>
            <numerusform>%n plantillas de marketing, y la empresa está en EE. UU.: la mayoría de sus clientes probablemente tiene números de EE. UU.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing templates reach your customers unless they have US numbers.</source>
        <translation>Las plantillas de marketing llegan a tus clientes, salvo que tengan números de EE. UU.</translation>
    </message>
    <message>
        <source>how many linked devices (WhatsApp Web, desktop) the app has</source>
        <translation>cuántos dispositivos vinculados (WhatsApp Web, escritorio) tiene la app</translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n dispositivo vinculado.</numerusform>
            <numerusform>%n dispositivos vinculados.</numerusform>
        </translation>
    </message>
    <message>
        <source>All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.</source>
        <translation>Todos los dispositivos vinculados se desvinculan en el alta; WhatsApp para Windows y WearOS no se admiten.</translation>
    </message>
    <message>
        <source>Tell the staff who use them; re-link them after onboarding.</source>
        <translation>Avisa al equipo que los usa; vuelve a vincularlos después del alta.</translation>
    </message>
    <message>
        <source>No linked devices.</source>
        <translation>Ningún dispositivo vinculado.</translation>
    </message>
    <message>
        <source>is two-step verification on for the number?</source>
        <translation>¿la verificación en dos pasos está activada para el número?</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>La verificación en dos pasos está activada.</translation>
    </message>
    <message>
        <source>Moving a number between providers fails while two-step verification is on (error 2388001).</source>
        <translation>Mover un número entre proveedores falla mientras la verificación en dos pasos esté activada (error 2388001).</translation>
    </message>
    <message>
        <source>Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio&apos;s address); there is no API for it.</source>
        <translation>Desactívala en el Administrador de WhatsApp (se envía un enlace al correo del portafolio); no hay API para eso.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>La verificación en dos pasos está desactivada.</translation>
    </message>
    <message>
        <source>Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.</source>
        <translation>Registrar y dar de baja tienen un límite de 10 intentos por número en 72 horas; después, 72 h de bloqueo.</translation>
    </message>
    <message>
        <source>Do not retry registration in a loop; check the error and wait as it says.</source>
        <translation>No repitas el registro en bucle; revisa el error y espera lo que indique.</translation>
    </message>
    <message>
        <source>the display name you will ask Meta for</source>
        <translation>el nombre visible que pedirás a Meta</translation>
    </message>
    <message>
        <source>it is a generic term</source>
        <translation>es un término genérico</translation>
    </message>
    <message>
        <source>it mentions WhatsApp, Meta or their apps</source>
        <translation>menciona WhatsApp, Meta o sus apps</translation>
    </message>
    <message>
        <source>it claims to be official or verified</source>
        <translation>dice ser oficial o verificado</translation>
    </message>
    <message>
        <source>it looks like a web or e-mail address</source>
        <translation>parece una dirección web o de correo</translation>
    </message>
    <message>
        <source>it reads as advertising</source>
        <translation>suena a publicidad</translation>
    </message>
    <message>
        <source>Meta rejects display names that do not plainly name the business.</source>
        <translation>Meta rechaza nombres visibles que no nombran claramente a la empresa.</translation>
    </message>
    <message>
        <source>Use the name customers know the business by, e.g. &apos;Fresh Produce&apos; or &apos;Fruit Snacks by Fresh Produce&apos;.</source>
        <translation>Usa el nombre con el que los clientes conocen a la empresa, p. ej. &apos;Frutas Frescas&apos; o &apos;Snacks de Fruta de Frutas Frescas&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names the business.</source>
        <translation>&apos;{0}&apos; nombra a la empresa.</translation>
    </message>
    <message>
        <source>the display name and the legal name of the business</source>
        <translation>el nombre visible y la razón social de la empresa</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shares words with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; comparte palabras con la razón social &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no word in common with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; no tiene ninguna palabra en común con la razón social &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Meta asks for a clear relationship to the legal name, or to branding shown on the website.</source>
        <translation>Meta pide una relación clara con la razón social, o con la marca que se ve en el sitio web.</translation>
    </message>
    <message>
        <source>Show &apos;{0}&apos; on the business website, or use &apos;{1} by {2}&apos;.</source>
        <translation>Muestra &apos;{0}&apos; en el sitio web de la empresa, o usa &apos;{1} de {2}&apos;.</translation>
    </message>
    <message>
        <source>it has fewer than 3 characters</source>
        <translation>tiene menos de 3 caracteres</translation>
    </message>
    <message>
        <source>it is all capitals</source>
        <translation>está todo en mayúsculas</translation>
    </message>
    <message>
        <source>it contains emoji</source>
        <translation>contiene emojis</translation>
    </message>
    <message>
        <source>it contains symbols</source>
        <translation>contiene símbolos</translation>
    </message>
    <message>
        <source>it has double spaces</source>
        <translation>tiene espacios dobles</translation>
    </message>
    <message>
        <source>Meta&apos;s formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.</source>
        <translation>Las pautas de formato de Meta piden mayúsculas normales, sin emojis ni símbolos, 3 caracteres o más.</translation>
    </message>
    <message>
        <source>Write the name as in normal text, e.g. &apos;Casa Verde&apos; rather than &apos;CASA VERDE ✨&apos;.</source>
        <translation>Escribe el nombre como en un texto normal, p. ej. &apos;Casa Verde&apos; en lugar de &apos;CASA VERDE ✨&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is formatted as Meta expects.</source>
        <translation>&apos;{0}&apos; tiene el formato que Meta espera.</translation>
    </message>
    <message>
        <source>the business category</source>
        <translation>la categoría de la empresa</translation>
    </message>
    <message>
        <source>Category: {0}.</source>
        <translation>Categoría: {0}.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s Business Messaging Policy does not allow businesses to buy, sell or promote this through WhatsApp, whatever their licences.</source>
        <translation>La Política de Mensajería Comercial de WhatsApp no permite a las empresas comprar, vender ni promocionar esto por WhatsApp, sean cuales sean sus licencias.</translation>
    </message>
    <message>
        <source>Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.</source>
        <translation>Quizá solo sea posible la mensajería no relacionada con esos bienes o servicios; consulta al proveedor antes de migrar.</translation>
    </message>
    <message>
        <source>Category: {0} (a regulated vertical).</source>
        <translation>Categoría: {0} (un sector regulado).</translation>
    </message>
    <message>
        <source>Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; online gambling needs Meta&apos;s prior written permission.</source>
        <translation>Permitido solo en la Plataforma, solo en los países de la lista, sin funciones de comercio, nunca a menores de 18; las apuestas en línea necesitan permiso previo por escrito de Meta.</translation>
    </message>
    <message>
        <source>Confirm with the provider that your country is on Meta&apos;s list (and get permission for gambling).</source>
        <translation>Confirma con el proveedor que tu país está en la lista de Meta (y obtén permiso para apuestas).</translation>
    </message>
    <message>
        <source>how customers agree to receive WhatsApp messages from the business</source>
        <translation>cómo aceptan los clientes recibir mensajes de WhatsApp de la empresa</translation>
    </message>
    <message>
        <source>No opt-in is collected.</source>
        <translation>No se recoge ningún consentimiento.</translation>
    </message>
    <message>
        <source>The API may message only customers who agreed to receive messages from the business.</source>
        <translation>La API solo puede enviar mensajes a clientes que aceptaron recibir mensajes de la empresa.</translation>
    </message>
    <message>
        <source>Collect opt-in (website form, SMS, in person or on paper) stating the business&apos;s name.</source>
        <translation>Recoge el consentimiento (formulario web, SMS, en persona o en papel) con el nombre de la empresa.</translation>
    </message>
    <message>
        <source>Opt-in: {0}.</source>
        <translation>Consentimiento: {0}.</translation>
    </message>
    <message>
        <source>No verified archive of the chats yet.</source>
        <translation>Todavía no hay un archivo verificado de los chats.</translation>
    </message>
    <message>
        <source>Deleting the app account deletes the chat history; the API does not receive it.</source>
        <translation>Eliminar la cuenta de la app elimina el historial de chats; la API no lo recibe.</translation>
    </message>
    <message>
        <source>Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).</source>
        <translation>Exporta cada chat, importa las exportaciones en un archivo y verifícalo (wamigrate import, wamigrate verify).</translation>
    </message>
    <message>
        <source>The archive has not passed verification since the last import.</source>
        <translation>El archivo no pasó la verificación desde la última importación.</translation>
    </message>
    <message>
        <source>Only a verified archive is a proven copy of the history.</source>
        <translation>Solo un archivo verificado es una copia comprobada del historial.</translation>
    </message>
    <message>
        <source>Run &apos;Verify archive&apos; (wamigrate verify) and fix what it reports.</source>
        <translation>Ejecuta &quot;Verificar el archivo&quot; (wamigrate verify) y corrige lo que indique.</translation>
    </message>
    <message>
        <source>Verified archive with {0} messages.</source>
        <translation>Archivo verificado con {0} mensajes.</translation>
    </message>
    <message>
        <source>No templates to check.</source>
        <translation>No hay plantillas que revisar.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>%n plantilla revisada.</numerusform>
            <numerusform>%n plantillas revisadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>the name must be lowercase letters, digits and _</source>
        <translation>el nombre debe tener minúsculas, dígitos y _</translation>
    </message>
    <message>
        <source>Meta rejects other template names.</source>
        <translation>Meta rechaza otros nombres de plantilla.</translation>
    </message>
    <message>
        <source>Rename, e.g. &apos;order_ready&apos;.</source>
        <translation>Cambia el nombre, p. ej. &apos;pedido_listo&apos;.</translation>
    </message>
    <message>
        <source>header has {0} characters (60 at most)</source>
        <translation>el encabezado tiene {0} caracteres (60 como máximo)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>el cuerpo está vacío</translation>
    </message>
    <message>
        <source>body has {0} characters (1,024 at most)</source>
        <translation>el cuerpo tiene {0} caracteres (1,024 como máximo)</translation>
    </message>
    <message>
        <source>footer has {0} characters (60 at most)</source>
        <translation>el pie tiene {0} caracteres (60 como máximo)</translation>
    </message>
    <message>
        <source>{0} buttons (10 at most)</source>
        <translation>{0} botones (10 como máximo)</translation>
    </message>
    <message>
        <source>button &apos;{0}&apos; is longer than 25 characters</source>
        <translation>el botón &apos;{0}&apos; tiene más de 25 caracteres</translation>
    </message>
    <message>
        <source>the header has more than one parameter</source>
        <translation>el encabezado tiene más de un parámetro</translation>
    </message>
    <message>
        <source>Meta rejects templates over these limits.</source>
        <translation>Meta rechaza plantillas que superan estos límites.</translation>
    </message>
    <message>
        <source>Shorten the parts named.</source>
        <translation>Acorta las partes mencionadas.</translation>
    </message>
    <message>
        <source>parameters must be {{1}}, {{2}}... or lowercase names</source>
        <translation>los parámetros deben ser {{1}}, {{2}}... o nombres en minúsculas</translation>
    </message>
    <message>
        <source>parameters {0} are not 1, 2, 3... without gaps</source>
        <translation>los parámetros {0} no son 1, 2, 3... sin saltos</translation>
    </message>
    <message>
        <source>{0} parameters but {1} sample values</source>
        <translation>{0} parámetros pero {1} valores de ejemplo</translation>
    </message>
    <message>
        <source>Meta requires positional parameters in order from 1, and a sample value for each.</source>
        <translation>Meta exige parámetros posicionales en orden desde 1, y un valor de ejemplo para cada uno.</translation>
    </message>
    <message>
        <source>Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.</source>
        <translation>Numera los parámetros {{1}}, {{2}}... en orden y da un valor de ejemplo por parámetro.</translation>
    </message>
    <message>
        <source>the body starts or ends with a parameter</source>
        <translation>el cuerpo empieza o termina con un parámetro</translation>
    </message>
    <message>
        <source>two parameters are next to each other</source>
        <translation>dos parámetros están uno junto al otro</translation>
    </message>
    <message>
        <source>a sample value contains #, $ or %</source>
        <translation>un valor de ejemplo contiene #, $ o %</translation>
    </message>
    <message>
        <source>These are among Meta&apos;s most common reasons to reject a template.</source>
        <translation>Estos están entre los motivos más comunes de Meta para rechazar una plantilla.</translation>
    </message>
    <message>
        <source>Put words before the first and after the last parameter; separate parameters with words.</source>
        <translation>Pon palabras antes del primer parámetro y después del último; separa los parámetros con palabras.</translation>
    </message>
    <message>
        <source>authentication templates cannot contain links</source>
        <translation>las plantillas de autenticación no pueden tener enlaces</translation>
    </message>
    <message>
        <source>authentication templates cannot carry media</source>
        <translation>las plantillas de autenticación no pueden llevar multimedia</translation>
    </message>
    <message>
        <source>authentication templates cannot contain emoji</source>
        <translation>las plantillas de autenticación no pueden tener emojis</translation>
    </message>
    <message>
        <source>No marketing templates.</source>
        <translation>No hay plantillas de marketing.</translation>
    </message>
    <message>
        <source>Enter an access token for the WhatsApp Business Account.</source>
        <translation>Ingresa un token de acceso de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Meta did not answer within {0} seconds. Check the connection and try again.</source>
        <translation>Meta no respondió en {0} segundos. Revisa la conexión y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>No internet connection: Meta could not be reached within {0} seconds. Check the connection and try again.</source>
        <translation>Sin conexión a internet: no se pudo llegar a Meta en {0} segundos. Revisa la conexión e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Could not reach Meta ({0}). Check the internet connection and try again.</source>
        <translation>No se pudo conectar con Meta ({0}). Revisa la conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a proxy or a firewall?). Connect to the internet directly and try again.</source>
        <translation>La respuesta no vino de Meta: llegó una página web (¿una página de inicio de sesión del Wi-Fi, un proxy o un firewall?). Conéctate directamente a internet e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Meta&apos;s answers took too long (more than {0} seconds in all); the check stopped.</source>
        <translation>Las respuestas de Meta tardaron demasiado (más de {0} segundos en total); la verificación se detuvo.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not a list as expected; the check stopped.</source>
        <translation>La respuesta de Meta no era una lista, como se esperaba; la verificación se detuvo.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer repeated the same page; the check stopped.</source>
        <translation>La respuesta de Meta repitió la misma página; la verificación se detuvo.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer went on for more than {0} pages; the check stopped.</source>
        <translation>La respuesta de Meta superó las {0} páginas; la verificación se detuvo.</translation>
    </message>
    <message>
        <source>That is not an access token: a token is one line of letters and digits, without spaces (it usually starts with EAA). Check that the token file holds only the token.</source>
        <translation>Eso no es un token de acceso: un token es una sola línea de letras y números, sin espacios (suele empezar con EAA). Comprueba que el archivo del token contenga solo el token.</translation>
    </message>
    <message>
        <source>The answer was far larger than any answer from Meta (over {0} MB); the check stopped.</source>
        <translation>La respuesta era mucho más grande que cualquier respuesta de Meta (más de {0} MB); la verificación se detuvo.</translation>
    </message>
    <message>
        <source> Meta said: {0}</source>
        <translation> Meta dijo: {0}</translation>
    </message>
    <message>
        <source>The access token has expired. Make a new one in Meta Business Suite (System users) and try again.</source>
        <translation>El token de acceso venció. Crea uno nuevo en Meta Business Suite (Usuarios del sistema) y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The access token stopped working because the password of its user changed. Make a new one.</source>
        <translation>El token de acceso dejó de funcionar porque cambió la contraseña de su usuario. Crea uno nuevo.</translation>
    </message>
    <message>
        <source>Meta does not accept this access token (revoked or mistyped). Make a new one and try again.</source>
        <translation>Meta no acepta este token de acceso (revocado o mal escrito). Crea uno nuevo y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>The access token may not read this WhatsApp Business Account: it needs the whatsapp_business_management permission and access to the account.</source>
        <translation>El token de acceso no puede leer esta cuenta de WhatsApp Business: necesita el permiso whatsapp_business_management y acceso a la cuenta.</translation>
    </message>
    <message>
        <source>Meta is limiting calls right now. Wait a few minutes and try again.</source>
        <translation>Meta está limitando las llamadas ahora. Espera unos minutos y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Meta does not know this account or field: check the WhatsApp Business Account ID.</source>
        <translation>Meta no conoce esta cuenta o campo: revisa el ID de la cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Meta&apos;s service is failing right now (HTTP {0}). Try again later.</source>
        <translation>El servicio de Meta está fallando ahora (HTTP {0}). Inténtalo más tarde.</translation>
    </message>
    <message>
        <source>Meta refused the request (HTTP {0}).</source>
        <translation>Meta rechazó la solicitud (HTTP {0}).</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not about this WhatsApp Business Account; the check stopped.</source>
        <translation>La respuesta de Meta no era sobre esta cuenta de WhatsApp Business; la verificación se detuvo.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).</source>
        <translation>El ID de la cuenta de WhatsApp Business es un número (Administrador de WhatsApp ▸ Herramientas de la cuenta ▸ Detalles de la cuenta).</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not keep the token ({0}); it stays in memory until you close wamigrate.</source>
        <translation>El llavero de esta computadora no pudo guardar el token ({0}); queda en memoria hasta que cierres wamigrate.</translation>
    </message>
    <message>
        <source>Check with Meta (optional, online)</source>
        <translation>Verificar con Meta (opcional, en línea)</translation>
    </message>
    <message>
        <source>If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: the number&apos;s registration, display name, quality and messaging limit, and each template&apos;s review. This goes online to Meta with your access token; nothing else leaves this computer.</source>
        <translation>Si la empresa ya tiene una cuenta de WhatsApp Business, wamigrate puede preguntarle a Meta lo que sabe: el registro del número, el nombre visible, la calidad y el límite de mensajes, y la revisión de cada plantilla. Esto va en línea a Meta con tu token de acceso; nada más sale de esta computadora.</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID de la cuenta de WhatsApp Business</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token de acceso</translation>
    </message>
    <message>
        <source>From Meta Business Suite ▸ System users, or from your provider</source>
        <translation>En Meta Business Suite ▸ Usuarios del sistema, o con tu proveedor</translation>
    </message>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>Guardar el token en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>Check with Meta</source>
        <translation>Verificar con Meta</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Cancelar la verificación</translation>
    </message>
    <message>
        <source>Live check status</source>
        <translation>Estado de la verificación en vivo</translation>
    </message>
    <message>
        <source>Enter the account ID and an access token first.</source>
        <translation>Ingresa primero el ID de la cuenta y un token de acceso.</translation>
    </message>
    <message>
        <source>Asking Meta…</source>
        <translation>Consultando a Meta…</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>Sin verificar: se canceló la verificación.</translation>
    </message>
    <message>
        <source>Not checked: {0}</source>
        <translation>Sin verificar: {0}</translation>
    </message>
    <message>
        <source>Checked with Meta at {0} (UTC).</source>
        <translation>Verificado con Meta el {0} (UTC).</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>No leído: {0}.</translation>
    </message>
    <message>
        <source>%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as �. Export the chat again if those messages matter.</source>
        <translation>%n byte(s) de esta exportación no son UTF-8 válido (el archivo está dañado ahí); cada uno se muestra como �. Vuelve a exportar el chat si esos mensajes importan.</translation>
    </message>
    <message>
        <source>This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right.</source>
        <translation>Esta exportación no es texto UTF-8; se leyó como {0}. Revisa que los nombres y las letras con acento se vean bien.</translation>
    </message>
    <message>
        <source>The dates in this export could be read either way (day before month, or month before day). Check the dates, and choose the order if they are wrong.</source>
        <translation>Las fechas de esta exportación se pueden leer de dos maneras (día antes del mes, o mes antes del día). Revisa las fechas y elige el orden si están mal.</translation>
    </message>
    <message>
        <source>%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, and the order of the file. Check the years there.</source>
        <translation>%n mensaje(s) entre las líneas {0} y {1} no escriben su año; se tomó de los mensajes que sí lo escriben y del orden del archivo. Revisa los años ahí.</translation>
    </message>
    <message>
        <source>This old export does not write years; years were counted back from the export&apos;s date, starting in {0}.</source>
        <translation>Esta exportación antigua no escribe los años; los años se contaron hacia atrás desde la fecha de la exportación, a partir de {0}.</translation>
    </message>
    <message>
        <source>This message&apos;s time is written &apos;{0}&apos;, which does not exist (a 24-hour time with AM or PM); it was read as {1}.</source>
        <translation>La hora de este mensaje está escrita &apos;{0}&apos;, que no existe (una hora de 24 horas con AM o PM); se leyó como {1}.</translation>
    </message>
    <message>
        <source>This line starts like a message but its date or time is impossible (&apos;{0}&apos;); it was kept as part of the message before it.</source>
        <translation>Esta línea empieza como un mensaje pero su fecha u hora es imposible (&apos;{0}&apos;); se conservó como parte del mensaje anterior.</translation>
    </message>
    <message>
        <source>%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported.</source>
        <translation>%n línea(s) antes del primer mensaje (de la línea {0} a la {1}) no pertenecen a ningún mensaje; no se importaron.</translation>
    </message>
    <message>
        <source>The chat refers to %n media file(s), but none of them is next to it: this export was made without media, or the files were not copied.</source>
        <translation>El chat menciona %n archivo(s) multimedia, pero ninguno está junto a él: la exportación se hizo sin archivos, o no se copiaron.</translation>
    </message>
    <message>
        <source>%n media file(s) the chat refers to are not in the export: {0}</source>
        <translation>%n archivo(s) multimedia que menciona el chat no están en la exportación: {0}</translation>
    </message>
    <message>
        <source>%n media file(s) in the export are not mentioned by any message: {0}</source>
        <translation>%n archivo(s) multimedia de la exportación no los menciona ningún mensaje: {0}</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} with media: older messages were probably left out. Export it again without media to get up to 40,000 messages.</source>
        <translation>Este chat tiene {0} mensajes, cerca del límite de exportación de WhatsApp de {1} con archivos: probablemente quedaron fuera los mensajes más antiguos. Vuelve a exportarlo sin archivos para obtener hasta 40,000 mensajes.</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} without media: older messages were probably left out. WhatsApp cannot export more; keep the phone&apos;s own backup too.</source>
        <translation>Este chat tiene {0} mensajes, cerca del límite de exportación de WhatsApp de {1} sin archivos: probablemente quedaron fuera los mensajes más antiguos. WhatsApp no puede exportar más; conserva también el respaldo del teléfono.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: its path points outside the export.</source>
        <translation>Se omitió el elemento &apos;{0}&apos; del zip: su ruta apunta fuera de la exportación.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is a symbolic link.</source>
        <translation>Se omitió el elemento &apos;{0}&apos; del zip: es un enlace simbólico.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it would expand to an implausible size.</source>
        <translation>Se omitió el elemento &apos;{0}&apos; del zip: se expandiría a un tamaño imposible.</translation>
    </message>
    <message>
        <source>The zip holds &apos;{0}&apos; twice; the first copy was used.</source>
        <translation>El zip contiene &apos;{0}&apos; dos veces; se usó la primera copia.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is password-protected.</source>
        <translation>Se omitió el elemento &apos;{0}&apos; del zip: está protegido con contraseña.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>Se omitió {0}: {1}</translation>
    </message>
    <message>
        <source>Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} were left out.</source>
        <translation>La línea {0} es mucho más larga que cualquier mensaje de WhatsApp: se conservaron sus primeros {2} caracteres y se omitieron los otros {1}.</translation>
    </message>
    <message>
        <source>The media file &apos;{0}&apos; could not be read ({1}); its message was kept without it.</source>
        <translation>No se pudo leer el archivo multimedia &apos;{0}&apos; ({1}); el mensaje se conservó sin él.</translation>
    </message>
    <message>
        <source>%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders.</source>
        <translation>%n mensaje(s) de un tipo que wamigrate aún no conoce (tipo {0}) se guardaron como marcadores.</translation>
    </message>
    <message>
        <source>%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders.</source>
        <translation>%n aviso(s) de chat que wamigrate aún no conoce (número {0}) se guardaron como marcadores.</translation>
    </message>
    <message>
        <source>%n status update(s) were left out: they are not part of a chat.</source>
        <translation>%n actualización(es) de estado se dejaron fuera: no forman parte de un chat.</translation>
    </message>
    <message>
        <source>%n media file(s) the phone&apos;s messages name are not in the Media folder you chose: {0}. Their messages are kept; add the folder again once they are copied.</source>
        <translation>%n archivo(s) multimedia que nombran los mensajes del teléfono no están en la carpeta Media elegida: {0}. Los mensajes se conservan; agregue la carpeta de nuevo cuando estén copiados.</translation>
    </message>
    <message>
        <source>%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were sent); they were stored as they are now.</source>
        <translation>%n archivo(s) multimedia de la carpeta difieren de lo que WhatsApp registró (cambiados en el teléfono después de enviarse); se guardaron tal como están ahora.</translation>
    </message>
    <message>
        <source>%n media file(s) the iPhone&apos;s messages name are not in its backup (the phone had removed them, or kept them only in iCloud): {0}. Their messages are kept.</source>
        <translation>%n archivo(s) multimedia que nombran los mensajes del iPhone no están en su copia (el teléfono los había borrado, o los guardaba solo en iCloud): {0}. Los mensajes se conservan.</translation>
    </message>
    <message>
        <source>From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: the messages and calls themselves are all there. Chat exports of the same chats carry none of these either.</source>
        <translation>De una copia de iPhone, esta versión de wamigrate todavía no lee reacciones, opciones de encuesta ni marcas de edición: los mensajes y las llamadas en sí están todos. Las exportaciones de los mismos chats tampoco traen nada de esto.</translation>
    </message>
    <message>
        <source>From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options are read): the messages and calls themselves are all there.</source>
        <translation>De un respaldo de iPhone, wamigrate aún no lee las marcas de edición ni los votos de las encuestas (las reacciones y las opciones de las encuestas sí se leen): los mensajes y las llamadas están todos.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer&apos;s backup: in WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on the computer again.</source>
        <translation>La base de datos de WhatsApp en esta copia del iPhone no tiene ningún mensaje. Si los chats están en el teléfono, probablemente la copia cifrada de extremo a extremo del propio WhatsApp en iCloud está activada y los deja fuera de la copia de la computadora: en WhatsApp, ve a Configuración ▸ Chats ▸ Copia de seguridad ▸ Copia cifrada de extremo a extremo, desactívala y luego vuelve a respaldar el iPhone en la computadora.</translation>
    </message>
    <message>
        <source>This database lacks what holds {0}, so those were not read; its messages are all in the archive without them.</source>
        <translation>A esta base de datos le faltan las partes que guardan {0}, así que no se leyeron; todos sus mensajes están en el archivo sin ellas.</translation>
    </message>
    <message>
        <source>A phone&apos;s backup holds the names of groups but not of people: customers are shown by their number. Add the phone&apos;s contacts (a .vcf or .csv file, or WhatsApp&apos;s wa.db) to see their names.</source>
        <translation>La copia de seguridad del teléfono guarda los nombres de los grupos, pero no los de las personas: los clientes se muestran por su número. Agregue los contactos del teléfono (un archivo .vcf o .csv, o el wa.db de WhatsApp) para ver sus nombres.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has damaged cipher settings. Restore keys.json from a backup of the archive folder.</source>
        <translation>El archivo de claves del archivo (keys.json) tiene la configuración de cifrado dañada. Restaura keys.json desde una copia de seguridad de la carpeta del archivo.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a backup of the archive folder.</source>
        <translation>El archivo de claves del archivo (keys.json) tiene un ajuste de cifrado dañado ({0}). Restaura keys.json desde una copia de seguridad de la carpeta del archivo.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some space on that disk and try again; nothing in the archive was changed.</source>
        <translation>El disco donde está el archivo ({0}) está lleno, así que wamigrate no puede trabajar con él. Libera espacio en ese disco e inténtalo de nuevo; no se cambió nada en el archivo.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) could not be read or written (an input/output error). Check that the disk or stick is still connected and working, then try again; if it happens again, copy the archive folder to another disk. Nothing in the archive was changed.</source>
        <translation>No se pudo leer ni escribir el disco donde está el archivo ({0}) (un error de entrada/salida). Comprueba que el disco o la memoria USB siga conectado y funcione, e inténtalo de nuevo; si vuelve a pasar, copia la carpeta del archivo a otro disco. No se cambió nada en el archivo.</translation>
    </message>
    <message>
        <source>The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only share). You can browse, search and export it; to import chats or change its secrets, copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>El archivo está en un disco en el que no se puede escribir (un CD o DVD, una memoria USB protegida contra escritura o una carpeta compartida de solo lectura). Puedes explorarlo, buscar en él y exportarlo; para importar chats o cambiar sus secretos, copia la carpeta del archivo a un disco en el que puedas escribir y abre esa copia.</translation>
    </message>
    <message>
        <source>The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; reinstall wamigrate.</source>
        <translation>La biblioteca SQLite que cargó wamigrate no puede cifrar (sin SQLCipher). No se escribió nada; reinstala wamigrate.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has cipher settings that do not match its database: the file was changed. Restore keys.json from a backup of the archive folder.</source>
        <translation>El archivo de claves del archivo (keys.json) tiene una configuración de cifrado que no coincide con su base de datos: el archivo fue modificado. Restaura keys.json desde una copia de seguridad de la carpeta del archivo.</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: it cannot be decrypted although the key is right ({0}). Restore the archive folder from a backup.</source>
        <translation>La base de datos del archivo está dañada: no se puede descifrar aunque la clave es correcta ({0}). Restaura la carpeta del archivo desde un respaldo.</translation>
    </message>
    <message>
        <source>There is no chat called &apos;{0}&apos; in this archive. Chats: {1}.</source>
        <translation>No hay ningún chat llamado &apos;{0}&apos; en este archivo. Chats: {1}.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{0}&apos;; choose one of {1}.</source>
        <translation>Formato de exportación desconocido &apos;{0}&apos;; elige uno de {1}.</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>El disco donde está el archivo tiene {0} MB libres, y esta importación necesita hasta {1} MB. Libera espacio en ese disco (o mueve el archivo a uno más grande) e importa de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>The archive could not be written to the disk (disk I/O error): {0} was not imported and the archive is unchanged. Check that the disk has free space and is still connected.</source>
        <translation>No se pudo escribir el archivo en el disco (error de E/S): {0} no se importó y el archivo no cambió. Revisa que el disco tenga espacio libre y siga conectado.</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged. Free some space and import it again.</source>
        <translation>El disco está lleno: {0} no se importó y el archivo no cambió. Libera espacio y vuelve a importarlo.</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged.</source>
        <translation>El disco está lleno: {0} no se importó y el archivo no cambió.</translation>
    </message>
    <message>
        <source>The export reader stopped without finishing.</source>
        <translation>El lector de exportaciones se detuvo sin terminar.</translation>
    </message>
    <message>
        <source>{0} changed while it was being imported; import the export again.</source>
        <translation>{0} cambió mientras se importaba; vuelve a importar la exportación.</translation>
    </message>
    <message>
        <source>There is no import number {0} in this archive.</source>
        <translation>No hay ninguna importación número {0} en este archivo.</translation>
    </message>
    <message>
        <source>The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>La ranura de la frase de contraseña usa una derivación de clave desconocida; el archivo necesita un wamigrate más nuevo.</translation>
    </message>
    <message>
        <source>The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>La ranura de recuperación usa una derivación de clave desconocida; el archivo necesita un wamigrate más nuevo.</translation>
    </message>
    <message>
        <source>Unknown key slot type &apos;{0}&apos;.</source>
        <translation>Tipo de ranura de clave desconocido &apos;{0}&apos;.</translation>
    </message>
    <message>
        <source>The passphrase entry of the archive&apos;s key file (keys.json) asks for an impossible key derivation ({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore keys.json from a backup.</source>
        <translation>La entrada de la frase de contraseña en el archivo de claves del archivo (keys.json) pide una derivación de clave imposible ({0} = {1}); el archivo fue modificado o está dañado. Abre el archivo con su clave de recuperación, o restaura keys.json desde una copia de seguridad.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frase de contraseña</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>clave de recuperación</translation>
    </message>
    <message>
        <source>The {0} entry of the archive&apos;s key file (keys.json) is damaged. Open the archive with its {1}, then set a new {2}.</source>
        <translation>La entrada de {0} del archivo de claves (keys.json) está dañada. Abre el archivo con la {1} y luego define una nueva {2}.</translation>
    </message>
    <message>
        <source>This archive has no {0} entry in its key file.</source>
        <translation>Este archivo no tiene entrada de {0} en su archivo de claves.</translation>
    </message>
    <message>
        <source>The {0} slot of the key file is damaged ({1}).</source>
        <translation>La ranura {0} del archivo de claves está dañada ({1}).</translation>
    </message>
    <message>
        <source>That recovery key does not open this archive. Check it and try again (letters are not case-sensitive).</source>
        <translation>Esa clave de recuperación no abre este archivo. Revísala y vuelve a intentarlo (no importan mayúsculas ni minúsculas).</translation>
    </message>
    <message>
        <source>That passphrase does not open this archive. Check it and try again (passphrases are case-sensitive).</source>
        <translation>Esa frase de contraseña no abre este archivo. Revísala y vuelve a intentarlo (distingue mayúsculas de minúsculas).</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong length.</source>
        <translation>El archivo de claves contiene una clave de longitud incorrecta.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a backup of the archive folder.</source>
        <translation>Falta el archivo de claves (keys.json), así que no se puede abrir. Restaura keys.json desde un respaldo de la carpeta del archivo.</translation>
    </message>
    <message>
        <source>This archive was made by a newer wamigrate; update wamigrate to open it.</source>
        <translation>Este archivo se creó con un wamigrate más nuevo; actualiza wamigrate para abrirlo.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is damaged and cannot be read. Restore keys.json from a backup of the archive folder.</source>
        <translation>El archivo de claves (keys.json) está dañado y no se puede leer. Restaura keys.json desde un respaldo de la carpeta del archivo.</translation>
    </message>
    <message>
        <source>Another wamigrate window or command is importing into or changing this archive. Wait for it to finish, then try again.</source>
        <translation>Otra ventana o comando de wamigrate está importando o cambiando este archivo. Espera a que termine y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>It has {0} characters; use at least {1}.</source>
        <translation>Tiene {0} caracteres; usa al menos {1}.</translation>
    </message>
    <message>
        <source>It is one of the passwords people choose most often, which are tried first.</source>
        <translation>Es una de las contraseñas que más se eligen, que se prueban primero.</translation>
    </message>
    <message>
        <source>It repeats the same one or two characters.</source>
        <translation>Repite los mismos uno o dos caracteres.</translation>
    </message>
    <message>
        <source>It is too easy to guess (too short or too regular).</source>
        <translation>Es demasiado fácil de adivinar (demasiado corta o regular).</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. </source>
        <translation>Elige una frase de contraseña más fuerte. </translation>
    </message>
    <message>
        <source> A good one is a few unrelated words, e.g. “copper lantern orbit 47”.</source>
        <translation> Una buena son unas palabras sin relación, p. ej. “cobre linterna órbita 47”.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{0}&apos;. Use a name such as Europe/London or America/Sao_Paulo.</source>
        <translation>Zona horaria desconocida &apos;{0}&apos;. Usa un nombre como Europe/London o America/Sao_Paulo.</translation>
    </message>
    <message>
        <source>{0} already exists and is not empty; choose another name or place.</source>
        <translation>{0} ya existe y no está vacío; elige otro nombre o lugar.</translation>
    </message>
    <message>
        <source>The database was written unencrypted; it has been refused.</source>
        <translation>La base de datos se escribió sin cifrar; se rechazó.</translation>
    </message>
    <message>
        <source>{0} is not a wamigrate archive (no archive.db and keys.json in it).</source>
        <translation>{0} no es un archivo de wamigrate (no contiene archive.db ni keys.json).</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is missing from {1}.</source>
        <translation>Falta la base de datos del archivo ({0}) en {1}.</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is not a wamigrate archive database.</source>
        <translation>{0} no está cifrado: no es una base de datos de archivo de wamigrate.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four (for example ABCD-EFGH-…). Check it and try again.</source>
        <translation>Eso no es una clave de recuperación: tiene 32 letras y dígitos, en grupos de cuatro (por ejemplo ABCD-EFGH-…). Revísala y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>A passphrase or the recovery key is needed to open the archive.</source>
        <translation>Se necesita una frase de contraseña o la clave de recuperación para abrir el archivo.</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is damaged at its start and cannot be read. Restore the archive folder from a backup.</source>
        <translation>La base de datos del archivo ({0}) está dañada al principio y no se puede leer. Restaura la carpeta del archivo desde un respaldo.</translation>
    </message>
    <message>
        <source>The key file (keys.json) in this folder belongs to another archive than its database. Put back this archive&apos;s own keys.json (from a backup of the folder).</source>
        <translation>El archivo de claves (keys.json) de esta carpeta pertenece a otro archivo que no es su base de datos. Vuelve a poner el keys.json de este archivo (de un respaldo de la carpeta).</translation>
    </message>
    <message>
        <source>The disk holding the archive is full, so it was opened for reading only. Free some space on that disk to import chats or change its secrets.</source>
        <translation>El disco donde está el archivo está lleno, así que se abrió solo para lectura. Libera espacio en ese disco para importar chats o cambiar sus secretos.</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged ({0}).</source>
        <translation>La base de datos del archivo está dañada ({0}).</translation>
    </message>
    <message>
        <source>keys.json belongs to another archive than this database.</source>
        <translation>keys.json pertenece a otro archivo que no es esta base de datos.</translation>
    </message>
    <message>
        <source>This archive was made by an older wamigrate and must be updated once before it can be opened, which cannot be done on a disk that cannot be written to. Copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>Este archivo lo creó una versión anterior de wamigrate y debe actualizarse una vez antes de abrirlo, lo que no se puede hacer en un disco en el que no se puede escribir. Copia la carpeta del archivo a un disco en el que puedas escribir y abre esa copia.</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>El archivo está bloqueado.</translation>
    </message>
    <message>
        <source>{0} could not be decoded as text ({1}).</source>
        <translation>{0} no se pudo decodificar como texto ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp&apos;s exported chats do.</source>
        <translation>{0} no es una exportación de chat de WhatsApp: ninguna línea empieza con fecha y hora como en los chats que exporta WhatsApp.</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>una imagen JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>una imagen PNG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>una imagen GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>un documento PDF</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>un archivo multimedia</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>un archivo de audio</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>un archivo gzip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>un archivo RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>un archivo 7-Zip</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>un archivo de base de datos</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a WhatsApp date and time.</source>
        <translation>{0} no es una exportación de chat de WhatsApp: parece una hoja de cálculo (archivo CSV), y ninguna línea empieza con fecha y hora de WhatsApp.</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>un archivo de video</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>un archivo binario</translation>
    </message>
    <message>
        <source>Part of the zip file is damaged ({0}). Export the chat again or copy the file again.</source>
        <translation>Parte del archivo zip está dañada ({0}). Vuelve a exportar el chat o a copiar el archivo.</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>El archivo {0} no existe.</translation>
    </message>
    <message>
        <source>{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read (&apos;{1}&apos;). Unzip it with the program that made it and import the folder, or export the chat again.</source>
        <translation>{0} se comprimió con un método que WhatsApp nunca usa y que wamigrate no puede leer (&apos;{1}&apos;). Descomprímelo con el programa que lo creó e importa la carpeta, o vuelve a exportar el chat.</translation>
    </message>
    <message>
        <source>{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} no es un archivo sino un dispositivo o una tubería, que wamigrate no lee. Elige el archivo .txt o .zip que creó &quot;Exportar chat&quot; de WhatsApp.</translation>
    </message>
    <message>
        <source>wamigrate is not allowed to read {0}. Check the file&apos;s permissions.</source>
        <translation>wamigrate no tiene permiso para leer {0}. Revisa los permisos del archivo.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone&apos;s backup (msgstore.db.crypt15): skipped.</source>
        <translation>{0} no es un chat exportado (WhatsApp exporta los chats como archivos .txt o .zip) ni una copia de seguridad del teléfono (msgstore.db.crypt15): se omitió.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>{0} no se pudo leer: {1}.</translation>
    </message>
    <message>
        <source>The import was cancelled, but the files it had imported could not be removed again: {0}</source>
        <translation>La importación se canceló, pero los archivos que ya había importado no se pudieron quitar: {0}</translation>
    </message>
    <message>
        <source>{0} is empty: there are no messages in it.</source>
        <translation>{0} está vacío: no contiene mensajes.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like {1}. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} no es una exportación de chat de WhatsApp: parece ser {1}. Elige el archivo .txt o .zip que creó &quot;Exportar chat&quot; de WhatsApp.</translation>
    </message>
    <message>
        <source>{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export it again.</source>
        <translation>{0} es un archivo zip dañado o incompleto ({1}). Quizá no terminó de copiarse: cópialo o expórtalo otra vez.</translation>
    </message>
    <message>
        <source>{0} is not a zip file. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} no es un archivo zip. Elige el archivo .txt o .zip que creó &quot;Exportar chat&quot; de WhatsApp.</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: &apos;{1}&apos; would expand {2} times. It was not opened.</source>
        <translation>{0} parece una bomba zip: &apos;{1}&apos; se expandiría {2} veces. No se abrió.</translation>
    </message>
    <message>
        <source>{0} is protected by a password. WhatsApp never does this: export the chat again, or unzip it with its password and import the .txt.</source>
        <translation>{0} está protegido con contraseña. WhatsApp nunca hace esto: vuelve a exportar el chat, o descomprímelo con su contraseña e importa el .txt.</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It was not opened.</source>
        <translation>{0} parece una bomba zip: sus {1} MB se expandirían a {2} MB, mucho más que cualquier exportación de chat. No se abrió.</translation>
    </message>
    <message>
        <source>{0} claims to hold {1} GB of files, more than any chat export; it was not opened.</source>
        <translation>{0} dice contener {1} GB de archivos, más que cualquier exportación de chat; no se abrió.</translation>
    </message>
    <message>
        <source>{0} holds no WhatsApp chat: no _chat.txt or &apos;WhatsApp Chat with …&apos; text file with messages was found in it.</source>
        <translation>{0} no contiene ningún chat de WhatsApp: no se encontró ningún _chat.txt ni archivo de texto &apos;WhatsApp Chat with …&apos; con mensajes.</translation>
    </message>
    <message>
        <source>{0} is damaged: &apos;{1}&apos; cannot be read ({2}). Export the chat again.</source>
        <translation>{0} está dañado: &apos;{1}&apos; no se puede leer ({2}). Vuelve a exportar el chat.</translation>
    </message>
    <message>
        <source>{0} is protected by a password and cannot be read.</source>
        <translation>{0} está protegido con contraseña y no se puede leer.</translation>
    </message>
    <message>
        <source>it is more than {0} folders deep</source>
        <translation>está a más de {0} carpetas de profundidad</translation>
    </message>
    <message>
        <source>No chat in the folder {0} could be read: {1}</source>
        <translation>No se pudo leer ningún chat de la carpeta {0}: {1}</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Y %n más.</numerusform>
            <numerusform>Y %n más.</numerusform>
        </translation>
    </message>
    <message>
        <source>No WhatsApp chat export was found in the folder {0}. Choose the .txt or .zip files that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>No se encontró ninguna exportación de chat de WhatsApp en la carpeta {0}. Elige los archivos .txt o .zip que creó &quot;Exportar chat&quot; de WhatsApp.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>texto entre comillas</translation>
    </message>
    <message>
        <source>The profile {0} does not exist.</source>
        <translation>El perfil {0} no existe.</translation>
    </message>
    <message>
        <source>The profile {0} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>El perfil {0} no es texto UTF-8; vuelve a guardarlo como UTF-8.</translation>
    </message>
    <message>
        <source>The profile {0} cannot be read: {1}.</source>
        <translation>No se puede leer el perfil {0}: {1}.</translation>
    </message>
    <message>
        <source>The profile {0} is not valid TOML: {1}.</source>
        <translation>El perfil {0} no es TOML válido: {1}.</translation>
    </message>
    <message>
        <source>{0} = {1} must be {2}.</source>
        <translation>{0} = {1} debe ser {2}.</translation>
    </message>
    <message>
        <source>[{0}] must be a section of settings (a TOML table).</source>
        <translation>[{0}] debe ser una sección de ajustes (una tabla TOML).</translation>
    </message>
    <message>
        <source>Unknown setting(s) in [{0}]: {1}.</source>
        <translation>Configuración desconocida en [{0}]: {1}.</translation>
    </message>
    <message>
        <source>{0} = {1} cannot be negative.</source>
        <translation>{0} = {1} no puede ser negativo.</translation>
    </message>
    <message>
        <source>[{0}] {1} = {2} is not one of: {3}.</source>
        <translation>[{0}] {1} = {2} no es uno de: {3}.</translation>
    </message>
    <message>
        <source>templates must be a list of [[templates]] sections.</source>
        <translation>templates debe ser una lista de secciones [[templates]].</translation>
    </message>
    <message>
        <source>Unknown template setting(s): {0}.</source>
        <translation>Configuración de plantilla desconocida: {0}.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: header_format = {1} is not one of: {2}.</source>
        <translation>[[templates]] {0}: header_format = {1} no es uno de: {2}.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: samples must be a list of texts.</source>
        <translation>[[templates]] {0}: samples debe ser una lista de textos.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.</source>
        <translation>[[templates]] {0}: buttons debe ser una lista de entradas {{type = …, text = …}}.</translation>
    </message>
    <message>
        <source>{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>{0} = {1} debe ser una fecha y hora locales con el formato AAAA-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}</source>
        <translation>Algo salió mal: {0}: {1}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>no existe</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>se denegó el permiso</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>el disco informó un error de entrada/salida</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>el disco es de solo lectura</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>el nombre es demasiado largo</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>parte de la ruta no es una carpeta</translation>
    </message>
    <message>
        <source>The archive&apos;s log says {0} was imported, but the archive does not hold it; import it again.</source>
        <translation>El registro del archivo dice que se importó {0}, pero el archivo no lo contiene; vuelve a importarlo.</translation>
    </message>
    <message>
        <source>The search index was not checked, because another import was running; verify again later.</source>
        <translation>No se comprobó el índice de búsqueda porque había otra importación en curso; vuelve a verificar más tarde.</translation>
    </message>
    <message>
        <source>The search index was not checked, because the archive is on media that cannot be written.</source>
        <translation>No se comprobó el índice de búsqueda porque el archivo está en un medio en el que no se puede escribir.</translation>
    </message>
    <message>
        <source>This check was not recorded in the archive, because another import was running.</source>
        <translation>Esta verificación no se registró en el archivo porque había otra importación en curso.</translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — escribió en {1} de %n chat</numerusform>
            <numerusform>{0} — escribió en {1} de %n chats</numerusform>
        </translation>
    </message>
    <message>
        <source>(probably you)</source>
        <translation>(probablemente tú)</translation>
    </message>
    <message>
        <source>Give the chat a name.</source>
        <translation>Dale un nombre al chat.</translation>
    </message>
    <message>
        <source>A chat name can have at most {0} characters.</source>
        <translation>El nombre de un chat puede tener como máximo {0} caracteres.</translation>
    </message>
    <message>
        <source>This chat is no longer in the archive.</source>
        <translation>Este chat ya no está en el archivo.</translation>
    </message>
    <message>
        <source>Another chat is already called “{0}”: choose another name.</source>
        <translation>Otro chat ya se llama “{0}”: elige otro nombre.</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>Marketing (ofertas, novedades)</translation>
    </message>
    <message>
        <source>Utility (orders, appointments, account updates)</source>
        <translation>Utilidad (pedidos, citas, actualizaciones de cuenta)</translation>
    </message>
    <message>
        <source>Authentication (one-time codes)</source>
        <translation>Autenticación (códigos de un solo uso)</translation>
    </message>
    <message>
        <source>Add a message template</source>
        <translation>Agregar una plantilla de mensaje</translation>
    </message>
    <message>
        <source>Name (lower case, digits and _)</source>
        <translation>Nombre (minúsculas, dígitos y _)</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Código de idioma</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} is ready.</source>
        <translation>Hola {{1}}, tu pedido {{2}} está listo.</translation>
    </message>
    <message>
        <source>Examples, one per line</source>
        <translation>Ejemplos, uno por línea</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>El mensaje tiene %n variable ({{1}}, {{2}}…): da un ejemplo por línea para cada una.</numerusform>
            <numerusform>El mensaje tiene %n variables ({{1}}, {{2}}…): da un ejemplo por línea para cada una.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap Back up and copy the new file.</source>
        <translation>Esta copia de seguridad está cifrada de extremo a extremo: wamigrate necesita la clave de 64 dígitos que WhatsApp mostró al activar la copia cifrada. Si elegiste una contraseña o una llave de acceso, la copia no se puede abrir en una computadora: en WhatsApp, ve a Ajustes ▸ Chats ▸ Copia de seguridad ▸ Copia de seguridad cifrada de extremo a extremo, desactívala, actívala de nuevo eligiendo “Usar clave de cifrado de 64 dígitos”, anota la clave, toca Guardar y copia el archivo nuevo.</translation>
    </message>
    <message>
        <source>{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until the copy has finished, then add it again.</source>
        <translation>{0} cambió mientras wamigrate lo leía: probablemente todavía se está copiando desde el teléfono. Espera a que termine la copia y vuelve a agregarlo.</translation>
    </message>
    <message>
        <source>{0} is empty or far too short to be a WhatsApp backup.</source>
        <translation>{0} está vacío o es demasiado corto para ser una copia de seguridad de WhatsApp.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the phone&apos;s WhatsApp/Databases folder.</source>
        <translation>{0} no es una copia de seguridad de WhatsApp que wamigrate pueda leer: elige msgstore.db.crypt15 (o .crypt14) de la carpeta WhatsApp/Databases del teléfono.</translation>
    </message>
    <message>
        <source>The key does not open {0}: check it against the key WhatsApp showed for this phone.</source>
        <translation>La clave no abre {0}: compárala con la clave que WhatsApp mostró para este teléfono.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over USB, not through a messaging app, which may change it).</source>
        <translation>{0} está dañado o incompleto: quizá no terminó de copiarse. Cópialo otra vez desde el teléfono (por USB, no por una app de mensajes, que puede modificarlo).</translation>
    </message>
    <message>
        <source>{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 key file.</source>
        <translation>{0} es una copia de seguridad cifrada de extremo a extremo (.crypt15): se abre con la clave de 64 dígitos, no con un archivo de clave crypt14.</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens with the phone&apos;s “key” file (readable only on a rooted phone), not with a 64-digit key.</source>
        <translation>{0} es una copia de seguridad local más antigua (.crypt14): se abre con el archivo “key” del teléfono (legible solo en un teléfono con root), no con una clave de 64 dígitos.</translation>
    </message>
    <message>
        <source>Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup.</source>
        <translation>Escribe la clave de 64 dígitos que WhatsApp mostró cuando activaste la copia cifrada.</translation>
    </message>
    <message>
        <source>The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0).</source>
        <translation>La clave solo puede tener los dígitos 0–9 y las letras a–f, pero tiene {0}. Compara lo que escribiste con la clave que WhatsApp mostró (la letra O nunca aparece: es el dígito 0).</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>La clave tiene %n dígito; la clave de copia de WhatsApp tiene 64. Revisa que no falte ni sobre ninguno.</numerusform>
            <numerusform>La clave tiene %n dígitos; la clave de copia de WhatsApp tiene 64. Revisa que no falte ni sobre ninguno.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: its contents are not a key.</source>
        <translation>{0} no es un archivo de clave de WhatsApp: su contenido no es una clave.</translation>
    </message>
    <message>
        <source>{0} is incomplete: copy the key file from the phone again.</source>
        <translation>{0} está incompleto: copia otra vez el archivo de clave desde el teléfono.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: it is far too large.</source>
        <translation>{0} no es un archivo de clave de WhatsApp: es demasiado grande.</translation>
    </message>
    <message>
        <source>{0} is empty: copy it from the phone again.</source>
        <translation>{0} está vacío: cópialo otra vez desde el teléfono.</translation>
    </message>
    <message>
        <source>{0} is a file of WhatsApp&apos;s Google Drive backup, which can only be restored to a phone. Copy msgstore.db.crypt15 from the phone&apos;s WhatsApp/Databases folder instead.</source>
        <translation>{0} es un archivo de la copia de WhatsApp en Google Drive, que solo se puede restaurar en un teléfono. Copia en su lugar msgstore.db.crypt15 de la carpeta WhatsApp/Databases del teléfono.</translation>
    </message>
    <message>
        <source>{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can be chosen here too.</source>
        <translation>{0} es una copia de seguridad antigua (.crypt12, de WhatsApp anterior a 2021), que wamigrate no abre. Si el teléfono todavía tiene WhatsApp, haz una nueva copia (Ajustes ▸ Chats ▸ Copia de seguridad): la copia nueva tiene el mismo historial, y wamigrate la abre. También puedes elegir aquí una copia que otra herramienta ya haya descifrado (msgstore.db).</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens only with the phone&apos;s “key” file, which can be copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open.</source>
        <translation>{0} es una copia de seguridad local más antigua (.crypt14): solo se abre con el archivo “key” del teléfono, que se puede copiar de un teléfono con root. En un teléfono sin root, activa la copia cifrada de extremo a extremo con una clave de 64 dígitos y haz la copia otra vez: eso da un archivo .crypt15 que wamigrate puede abrir.</translation>
    </message>
    <message>
        <source>{0} opened with the key, but what it holds is not a WhatsApp database.</source>
        <translation>{0} se abrió con la clave, pero lo que contiene no es una base de datos de WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>La base de datos de WhatsApp en esta copia del iPhone está dañada: vuelve a hacer la copia en la computadora.</translation>
    </message>
    <message>
        <source>WhatsApp is in this iPhone backup, but its chats are not: WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on, which keeps the chats out of the computer&apos;s backup. In WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the computer again.</source>
        <translation>WhatsApp está en esta copia del iPhone, pero sus chats no: probablemente la copia cifrada de extremo a extremo del propio WhatsApp en iCloud está activada, y eso deja los chats fuera de la copia de la computadora. En WhatsApp, ve a Configuración ▸ Chats ▸ Copia de seguridad ▸ Copia cifrada de extremo a extremo y desactívala; luego vuelve a respaldar el iPhone en la computadora.</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.</source>
        <translation>Esta copia del iPhone no tiene WhatsApp Business: elige WhatsApp, u otra copia.</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in Finder, iTunes or the Apple Devices app.</source>
        <translation>Esta copia del iPhone no tiene WhatsApp: elige la copia del iPhone que tiene WhatsApp, o haz una en Finder, iTunes o la app Dispositivos Apple.</translation>
    </message>
    <message>
        <source>The group name was changed.</source>
        <translation>Se cambió el nombre del grupo.</translation>
    </message>
    <message>
        <source>A member was added to the group.</source>
        <translation>Se agregó un participante al grupo.</translation>
    </message>
    <message>
        <source>A member left the group.</source>
        <translation>Un participante salió del grupo.</translation>
    </message>
    <message>
        <source>The group icon was changed.</source>
        <translation>Se cambió el ícono del grupo.</translation>
    </message>
    <message>
        <source>You were removed from the group.</source>
        <translation>Se le eliminó del grupo.</translation>
    </message>
    <message>
        <source>A member changed their phone number.</source>
        <translation>Un participante cambió su número de teléfono.</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>Se creó el grupo.</translation>
    </message>
    <message>
        <source>Members were added to the group.</source>
        <translation>Se agregaron participantes al grupo.</translation>
    </message>
    <message>
        <source>A member was removed from the group.</source>
        <translation>Se eliminó a un participante del grupo.</translation>
    </message>
    <message>
        <source>A member was made a group admin.</source>
        <translation>Un participante pasó a ser administrador del grupo.</translation>
    </message>
    <message>
        <source>The security code changed.</source>
        <translation>El código de seguridad cambió.</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted.</source>
        <translation>Los mensajes y las llamadas están cifrados de extremo a extremo.</translation>
    </message>
    <message>
        <source>A member joined with the group&apos;s invite link.</source>
        <translation>Un participante se unió con el enlace de invitación del grupo.</translation>
    </message>
    <message>
        <source>The group description was changed.</source>
        <translation>Se cambió la descripción del grupo.</translation>
    </message>
    <message>
        <source>This is an official business account.</source>
        <translation>Esta es una cuenta de empresa oficial.</translation>
    </message>
    <message>
        <source>This account changed from a business account to a standard one.</source>
        <translation>Esta cuenta cambió de cuenta de empresa a cuenta estándar.</translation>
    </message>
    <message>
        <source>The disappearing messages setting was changed.</source>
        <translation>Se cambió el ajuste de mensajes temporales.</translation>
    </message>
    <message>
        <source>The contact was blocked or unblocked.</source>
        <translation>Se bloqueó o desbloqueó el contacto.</translation>
    </message>
    <message>
        <source>media files and captions</source>
        <translation>archivos multimedia y leyendas</translation>
    </message>
    <message>
        <source>which message a reply quotes</source>
        <translation>qué mensaje cita una respuesta</translation>
    </message>
    <message>
        <source>shared locations</source>
        <translation>ubicaciones compartidas</translation>
    </message>
    <message>
        <source>group and chat notices</source>
        <translation>avisos de grupo y de chat</translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation>tarjetas de contacto</translation>
    </message>
    <message>
        <source>{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose “Import what can be read”, or update wamigrate first.</source>
        <translation>{0} tiene sus mensajes, pero no las partes de la base de datos que guardan {1} como wamigrate las conoce (¿una versión de WhatsApp más nueva que este wamigrate?). Sus mensajes se pueden importar sin ellas: elige “Importar lo que se pueda leer” o actualiza wamigrate primero.</translation>
    </message>
    <message>
        <source>This is wa.db, WhatsApp&apos;s contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.</source>
        <translation>Este es wa.db, la lista de contactos de WhatsApp: elige msgstore.db (o msgstore.db.crypt15) para los mensajes.</translation>
    </message>
    <message>
        <source>This is an iPhone&apos;s ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.</source>
        <translation>Este es el ChatStorage.sqlite de un iPhone: se lee desde una copia de seguridad del iPhone, no como copia de Android.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.</source>
        <translation>Esta no es una base de datos de mensajes de WhatsApp que wamigrate pueda leer: no tiene una tabla {0} utilizable.</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>Miembro desconocido</translation>
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
        <translation>Videollamada, {0}</translation>
    </message>
    <message>
        <source>Voice call, {0}</source>
        <translation>Llamada de voz, {0}</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <translation>Videollamada, sin respuesta</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <translation>Llamada de voz, sin respuesta</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Videollamada perdida</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Llamada de voz perdida</translation>
    </message>
    <message>
        <source>A member joined the group.</source>
        <translation>Un miembro se unió al grupo.</translation>
    </message>
    <message>
        <source>The group icon was removed.</source>
        <translation>Se quitó el ícono del grupo.</translation>
    </message>
    <message>
        <source>media files, captions, locations and contact cards</source>
        <translation>archivos multimedia, leyendas, ubicaciones y tarjetas de contacto</translation>
    </message>
    <message>
        <source>who wrote each group message</source>
        <translation>quién escribió cada mensaje del grupo</translation>
    </message>
    <message>
        <source>This is an Android phone&apos;s msgstore.db: add it as an Android backup, not from an iPhone backup.</source>
        <translation>Este es el msgstore.db de un teléfono Android: agrégalo como copia de Android, no desde una copia de iPhone.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable {0} table): update wamigrate, or tell us the WhatsApp version.</source>
        <translation>El ChatStorage.sqlite de WhatsApp en esta copia del iPhone tiene un formato que wamigrate no conoce (sin tabla {0} utilizable): actualiza wamigrate, o dinos la versión de WhatsApp.</translation>
    </message>
    <message>
        <source>[a kind of message wamigrate does not know yet (type {0})]</source>
        <translation>[un tipo de mensaje que wamigrate todavía no conoce (tipo {0})]</translation>
    </message>
    <message>
        <source>Waiting for this message.</source>
        <translation>Esperando este mensaje.</translation>
    </message>
    <message>
        <source>[a chat notice wamigrate does not know yet (number {0})]</source>
        <translation>[un aviso de chat que wamigrate aún no conoce (número {0})]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Yo</translation>
    </message>
    <message>
        <source>{0} is not a folder: choose the phone&apos;s WhatsApp “Media” folder.</source>
        <translation>{0} no es una carpeta: elija la carpeta “Media” de WhatsApp del teléfono.</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>El disco del archivo tiene {0} MB libres y estos archivos multimedia necesitan {1} MB. Libere espacio en ese disco (o mueva el archivo a uno más grande) e importe de nuevo; no se cambió nada.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>No se pudo leer {0}: {1}</translation>
    </message>
    <message>
        <source>{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.</source>
        <translation>{0} no es un archivo de contactos que wamigrate lea: elija wa.db, un archivo .vcf o .csv.</translation>
    </message>
    <message>
        <source>{0} holds no names with phone numbers.</source>
        <translation>{0} no contiene nombres con números de teléfono.</translation>
    </message>
    <message>
        <source>{0} is not WhatsApp&apos;s wa.db: it has no contacts table.</source>
        <translation>{0} no es el wa.db de WhatsApp: no tiene tabla de contactos.</translation>
    </message>
    <message>
        <source>{0} could not be read as WhatsApp&apos;s wa.db: {1}</source>
        <translation>No se pudo leer {0} como el wa.db de WhatsApp: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The phone&apos;s backup&lt;/b&gt; opens with the 64-digit key WhatsApp showed when you turned on the end-to-end encrypted backup.</source>
        <translation>&lt;b&gt;La copia de seguridad del teléfono&lt;/b&gt; se abre con la clave de 64 dígitos que WhatsApp mostró cuando activó la copia cifrada de extremo a extremo.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>The backup&apos;s 64-digit key</source>
        <translation>La clave de 64 dígitos de la copia</translation>
    </message>
    <message>
        <source>64 digits and letters a–f; spaces do not matter</source>
        <translation>64 dígitos y letras a–f; los espacios no importan</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>Archivo de la clave…</translation>
    </message>
    <message>
        <source>Use a file holding the key (or a rooted phone&apos;s key file)</source>
        <translation>Usar un archivo con la clave (o el archivo key de un teléfono con root)</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>Revisión de la clave</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nombres</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s contacts (.vcf or .csv) show customers by name.</source>
        <translation>Opcional: los contactos del teléfono (.vcf o .csv) muestran a los clientes por su nombre.</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Contactos…</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s WhatsApp “Media” folder, copied over USB.</source>
        <translation>Opcional: la carpeta “Media” de WhatsApp del teléfono, copiada por USB.</translation>
    </message>
    <message>
        <source>Media folder…</source>
        <translation>Carpeta de multimedia…</translation>
    </message>
    <message>
        <source>Type the 64-digit key, or choose the key file.</source>
        <translation>Escriba la clave de 64 dígitos o elija el archivo de la clave.</translation>
    </message>
    <message>
        <source>Key from {0}.</source>
        <translation>Clave de {0}.</translation>
    </message>
    <message>
        <source>The key has 64 digits.</source>
        <translation>La clave tiene 64 dígitos.</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Elija el archivo de la clave</translation>
    </message>
    <message>
        <source>Names from {0}.</source>
        <translation>Nombres de {0}.</translation>
    </message>
    <message>
        <source>Media from {0}.</source>
        <translation>Multimedia de {0}.</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s contacts</source>
        <translation>Elija los contactos del teléfono</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s WhatsApp Media folder</source>
        <translation>Elija la carpeta Media de WhatsApp del teléfono</translation>
    </message>
    <message>
        <source>This advice is as of {0}, more than six months ago: Meta&apos;s rules may have changed since. Install the latest wamigrate, which ships the newest rules, and check each finding&apos;s source and its date.</source>
        <translation>Estos consejos son de {0}, hace más de seis meses: las reglas de Meta pueden haber cambiado desde entonces. Instala el wamigrate más reciente, que trae las reglas más nuevas, y revisa la fuente y la fecha de cada resultado.</translation>
    </message>
    <message>
        <source>Advice as of {0}; each rule gives its source and the source&apos;s date.</source>
        <translation>Consejos al {0}; cada regla indica su fuente y la fecha de la fuente.</translation>
    </message>
    <message>
        <source>Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent there) per message, at the customer&apos;s country&apos;s rate; providers report the first {0} a month per number free. Without a payment method, the messages past that are not delivered, although the API reports success.</source>
        <translation>Desde el 1 de octubre de 2026 Meta cobra por mensaje las respuestas enviadas dentro de la ventana de 24 horas (y las plantillas de utilidad enviadas en ella), a la tarifa del país del cliente; los proveedores informan que las primeras {0} al mes por número son gratis. Sin método de pago, los mensajes que superen eso no se entregan, aunque la API informe éxito.</translation>
    </message>
    <message>
        <source>Your archive shows about {0} replies a month sent within 24 hours of a customer&apos;s message.</source>
        <translation>Tu archivo muestra unas {0} respuestas al mes enviadas dentro de las 24 horas del mensaje de un cliente.</translation>
    </message>
    <message>
        <source>is a payment method on file (with Meta or with the provider)?</source>
        <translation>¿hay un método de pago registrado (en Meta o con el proveedor)?</translation>
    </message>
    <message>
        <source>A payment method is on file.</source>
        <translation>Hay un método de pago registrado.</translation>
    </message>
    <message>
        <source>About {0} of them a month would be charged.</source>
        <translation>Unas {0} de ellas al mes se cobrarían.</translation>
    </message>
    <message>
        <source>Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.</source>
        <translation>Agrega un método de pago en el Administrador de WhatsApp (o con el proveedor) antes del corte.</translation>
    </message>
    <message>
        <source>No payment method on file.</source>
        <translation>No hay método de pago registrado.</translation>
    </message>
    <message>
        <source>That is within the free allowance for now.</source>
        <translation>Por ahora eso está dentro de la franquicia gratuita.</translation>
    </message>
    <message>
        <source>Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent outside the 24-hour window, is charged per message at the rate of the customer&apos;s country; Meta changes the rates each quarter.</source>
        <translation>Desde el 1 de julio de 2025 cada plantilla de marketing o autenticación entregada, y cada plantilla de utilidad enviada fuera de la ventana de 24 horas, se cobra por mensaje a la tarifa del país del cliente; Meta cambia las tarifas cada trimestre.</translation>
    </message>
    <message>
        <source>Good to know for the first days after the cut-over.</source>
        <translation>Conviene saberlo para los primeros días después del corte.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>%n cliente necesitará una plantilla para ser contactado después del corte</numerusform>
            <numerusform>%n clientes necesitarán una plantilla para ser contactados después del corte</numerusform>
        </translation>
    </message>
    <message>
        <source>One template each would cost about {0} {1:,.2f} at Meta&apos;s rates of {2} (estimate).</source>
        <translation>Una plantilla a cada uno costaría unos {0} {1:,.2f} con las tarifas de Meta del {2} (estimación).</translation>
    </message>
    <message>
        <source>Ask the provider for the current rate of each of these countries before the cut-over.</source>
        <translation>Pide al proveedor la tarifa actual de cada uno de estos países antes del corte.</translation>
    </message>
    <message>
        <source>Good to know if you advertise.</source>
        <translation>Conviene saberlo si haces publicidad.</translation>
    </message>
    <message>
        <source>When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 hours, every message for the next 72 hours is free, templates included: the cheapest way to reach customers again after the cut-over.</source>
        <translation>Cuando un cliente escribe desde un anuncio de clic a WhatsApp o un botón de página de Facebook y respondes dentro de 24 horas, todos los mensajes de las 72 horas siguientes son gratis, plantillas incluidas: la forma más barata de volver a contactar clientes después del corte.</translation>
    </message>
    <message>
        <source>Meta reviews a template&apos;s category when it is used, not only when it is approved: a utility template that promotes is charged as marketing (several times the price) and counts against the marketing caps.</source>
        <translation>Meta revisa la categoría de una plantilla cuando se usa, no solo cuando se aprueba: una plantilla de utilidad que promociona se cobra como marketing (varias veces el precio) y cuenta para los topes de marketing.</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion: {0}.</source>
        <translation>Plantillas de utilidad que parecen promoción: {0}.</translation>
    </message>
    <message>
        <source>Keep utility templates to the order, booking or account they are about; send offers as marketing.</source>
        <translation>Limita las plantillas de utilidad al pedido, la reserva o la cuenta de que tratan; envía las ofertas como marketing.</translation>
    </message>
    <message>
        <source>No utility template reads as promotion.</source>
        <translation>Ninguna plantilla de utilidad parece promoción.</translation>
    </message>
    <message>
        <source>Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop marketing messages without blocking you (error 131050).</source>
        <translation>Fuera del EEE, el Reino Unido, Japón y Corea del Sur Meta limita cuántas plantillas de marketing recibe una persona de todas las empresas; una que supere el límite no se entrega (error 131049), y un cliente puede detener los mensajes de marketing sin bloquearte (error 131050).</translation>
    </message>
    <message>
        <source>Good to know before sending marketing templates.</source>
        <translation>Conviene saberlo antes de enviar plantillas de marketing.</translation>
    </message>
    <message>
        <source>{0} of your {1} customers with a known country ({2} %) are where the caps apply.</source>
        <translation>{0} de tus {1} clientes con país conocido ({2} %) están donde se aplican los topes.</translation>
    </message>
    <message>
        <source>Providers report that authentication templates can be sent only by a verified business whose messaging limit has reached 2,000; Meta&apos;s pages do not say so.</source>
        <translation>Los proveedores informan que las plantillas de autenticación solo puede enviarlas una empresa verificada cuyo límite de mensajes llegó a 2.000; las páginas de Meta no lo dicen.</translation>
    </message>
    <message>
        <source>No authentication templates.</source>
        <translation>No hay plantillas de autenticación.</translation>
    </message>
    <message>
        <source>The business is verified: it can send authentication templates.</source>
        <translation>La empresa está verificada: puede enviar plantillas de autenticación.</translation>
    </message>
    <message>
        <source>Authentication templates ({0}), but the business is not verified.</source>
        <translation>Plantillas de autenticación ({0}), pero la empresa no está verificada.</translation>
    </message>
    <message>
        <source>Complete business verification before you rely on codes sent over WhatsApp.</source>
        <translation>Completa la verificación de la empresa antes de depender de códigos enviados por WhatsApp.</translation>
    </message>
    <message>
        <source>Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs keyed on phone numbers, this archive included, cannot match such customers by themselves.</source>
        <translation>Desde 2026 los clientes pueden elegir un nombre de usuario de WhatsApp; la empresa recibe entonces un ID de usuario propio de la empresa, y el número de teléfono solo si le escribió o llamó al cliente en los últimos 30 días. Los historiales y CRM basados en números de teléfono, incluido este archivo, no pueden reconocer a esos clientes por sí solos.</translation>
    </message>
    <message>
        <source>Export the customer list (name, number, first and last message) and give it to the provider&apos;s inbox or CRM, so it can join a new conversation to its history; ask it how it handles customers without a number.</source>
        <translation>Exporta la lista de clientes (nombre, número, primer y último mensaje) y dásela a la bandeja de entrada o al CRM del proveedor, para que pueda unir una conversación nueva a su historial; pregunta cómo maneja a los clientes sin número.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>%n cliente no escribió ni recibió mensajes en los 30 días previos al corte.</numerusform>
            <numerusform>%n clientes no escribieron ni recibieron mensajes en los 30 días previos al corte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer in the archive was in touch in the last 30 days.</source>
        <translation>Todos los clientes del archivo tuvieron contacto en los últimos 30 días.</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to a notable, verified business with two-step verification on, after 30 days on the Platform, never to a Business-app number. Meta Verified for Business is a separate paid subscription.</source>
        <translation>La insignia azul (Cuenta Comercial Oficial) no se traslada ni se otorga con la migración: Meta la concede a una empresa conocida y verificada, con verificación en dos pasos activada, tras 30 días en la Plataforma, nunca a un número de la app Business. Meta Verified for Business es una suscripción paga aparte.</translation>
    </message>
    <message>
        <source>A coexistence number cannot get the blue check.</source>
        <translation>Un número con coexistencia no puede obtener la insignia azul.</translation>
    </message>
    <message>
        <source>Good to know if you expect the blue check.</source>
        <translation>Conviene saberlo si esperas la insignia azul.</translation>
    </message>
    <message>
        <source>A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of 2,000; then 20.</source>
        <translation>Un portafolio comercial puede registrar 2 números hasta que se verifique o alcance un límite de 2.000; luego, 20.</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>Meta ya lista %n número en esta cuenta; la empresa no está verificada.</numerusform>
            <numerusform>Meta ya lista %n números en esta cuenta; la empresa no está verificada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business first, or remove a number you no longer use.</source>
        <translation>Verifica primero la empresa, o quita un número que ya no uses.</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>Meta lista %n número en esta cuenta.</numerusform>
            <numerusform>Meta lista %n números en esta cuenta.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, unverified business portfolio: it can register 2 numbers.</source>
        <translation>Un portafolio comercial nuevo y sin verificar: puede registrar 2 números.</translation>
    </message>
    <message>
        <source>Register this number first; verify the business before adding a test or branch number.</source>
        <translation>Registra primero este número; verifica la empresa antes de agregar un número de prueba o de sucursal.</translation>
    </message>
    <message>
        <source>The number cap does not stand in the way.</source>
        <translation>El tope de números no es un obstáculo.</translation>
    </message>
    <message>
        <source>Reminder for the day the number is registered.</source>
        <translation>Recordatorio para el día en que se registre el número.</translation>
    </message>
    <message>
        <source>A number still registered to another provider&apos;s app shows “already registered to a partner app” until that app deregisters it; a banned number must be unbanned first; a number with paid messages in the last 30 days cannot be deleted from its WhatsApp Business Account.</source>
        <translation>Un número aún registrado en la app de otro proveedor muestra “already registered to a partner app” hasta que esa app anule el registro; un número suspendido debe rehabilitarse primero; un número con mensajes pagos en los últimos 30 días no se puede eliminar de su cuenta de WhatsApp Business.</translation>
    </message>
    <message>
        <source>Ask the previous provider to deregister the number before the cut-over day.</source>
        <translation>Pide al proveedor anterior que anule el registro del número antes del día del corte.</translation>
    </message>
    <message>
        <source>Under coexistence the Business app must stay on the same phone and be opened at least every 13 days (weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and providers report it cannot use the Marketing Messages API either. Messages received before onboarding do not open a window on the API: the first API reply to them must be a template.</source>
        <translation>Con la coexistencia la app Business debe quedarse en el mismo teléfono y abrirse al menos cada 13 días (cada semana es más seguro), o el lado de la API se desconecta; los mensajes temporales, la visualización única y la ubicación en tiempo real se desactivan y las listas de difusión quedan de solo lectura; el número no puede usar las API de Llamadas ni de Grupos, y los proveedores informan que tampoco la Marketing Messages API. Los mensajes recibidos antes de la incorporación no abren una ventana en la API: la primera respuesta por la API debe ser una plantilla.</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>%n chat usa mensajes temporales, que se desactivarán.</numerusform>
            <numerusform>%n chats usan mensajes temporales, que se desactivarán.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>%n cliente escribió en las 24 horas previas al corte: respóndele desde la app, o con una plantilla por la API.</numerusform>
            <numerusform>%n clientes escribieron en las 24 horas previas al corte: respóndeles desde la app, o con una plantilla por la API.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the staff; keep the phone with the app, and open the app at least once a week.</source>
        <translation>Avisa al personal; conserva el teléfono con la app y ábrela al menos una vez por semana.</translation>
    </message>
    <message>
        <source>Nothing in the archive is affected; the conditions below still apply.</source>
        <translation>Nada del archivo se ve afectado; las condiciones de abajo siguen vigentes.</translation>
    </message>
    <message>
        <source>Worth checking before you move.</source>
        <translation>Vale la pena revisarlo antes de migrar.</translation>
    </message>
    <message>
        <source>Since October 2026 one number can have a Messaging account with each of several partners, and Conversation Routing decides which of them receives each conversation: to add a provider beside the current one (an AI agent beside a helpdesk, say), the number may not need to move.</source>
        <translation>Desde octubre de 2026 un número puede tener una cuenta de mensajería con cada uno de varios socios, y Conversation Routing decide cuál recibe cada conversación: para agregar un proveedor junto al actual (un agente de IA junto a un helpdesk, por ejemplo), puede que el número no necesite migrar.</translation>
    </message>
    <message>
        <source>Meta moves a number to another provider only for a verified business portfolio with a payment method, an approved display name and no pending name change; test numbers cannot be moved.</source>
        <translation>Meta solo pasa un número a otro proveedor si el portafolio comercial está verificado, tiene método de pago, nombre visible aprobado y ningún cambio de nombre pendiente; los números de prueba no se pueden migrar.</translation>
    </message>
    <message>
        <source>is the business verified, and is a payment method on file?</source>
        <translation>¿la empresa está verificada y hay un método de pago registrado?</translation>
    </message>
    <message>
        <source>the business is not verified</source>
        <translation>la empresa no está verificada</translation>
    </message>
    <message>
        <source>no payment method is on file</source>
        <translation>no hay método de pago registrado</translation>
    </message>
    <message>
        <source>Complete business verification and add a payment method in WhatsApp Manager before the move.</source>
        <translation>Completa la verificación de la empresa y agrega un método de pago en el Administrador de WhatsApp antes de la migración.</translation>
    </message>
    <message>
        <source>The business is verified and has a payment method.</source>
        <translation>La empresa está verificada y tiene método de pago.</translation>
    </message>
    <message>
        <source>Category: a general-purpose AI assistant.</source>
        <translation>Categoría: asistente de IA de uso general.</translation>
    </message>
    <message>
        <source>Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main service is a general-purpose AI assistant to use the Platform; an ordinary business&apos;s customer-service bot is still allowed.</source>
        <translation>Desde el 15 de enero de 2026 los Términos de la Solución WhatsApp Business no permiten usar la Plataforma a empresas cuyo servicio principal es un asistente de IA de uso general; el bot de atención de una empresa común sigue permitido.</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration; ask Meta or the provider before planning the move.</source>
        <translation>Esto no se resuelve con configuración; consulta a Meta o al proveedor antes de planificar la migración.</translation>
    </message>
    <message>
        <source>The business is not a general-purpose AI assistant.</source>
        <translation>La empresa no es un asistente de IA de uso general.</translation>
    </message>
    <message>
        <source>The customer list could not be written to {0}: {1}.</source>
        <translation>No se pudo escribir la lista de clientes en {0}: {1}.</translation>
    </message>
    <message>
        <source>Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at most 8 people; messages in them cannot be edited or deleted.</source>
        <translation>En parte cierto. La API de Grupos permite a una cuenta de marca verificada (Cuenta Comercial Oficial) crear grupos de 8 personas como máximo; sus mensajes no se pueden editar ni eliminar.</translation>
    </message>
    <message>
        <source>Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries.</source>
        <translation>En parte cierto. La API de Llamadas recibe y hace llamadas de WhatsApp, pero solo con una integración de llamadas del proveedor y un límite de mensajes de 2.000 o más; las llamadas a clientes no se ofrecen en algunos países.</translation>
    </message>
    <message>
        <source>True for a full migration: deleting the app account loses every conversation the phone holds. Back every chat up first, as this assistant does.</source>
        <translation>Cierto en una migración completa: eliminar la cuenta de la app pierde todas las conversaciones del teléfono. Respalda todos los chats antes, como hace este asistente.</translation>
    </message>
    <message>
        <source>There are no groups on the API.</source>
        <translation>No hay grupos en la API.</translation>
    </message>
    <message>
        <source>True for a coexistence number: groups stay in the Business app; the Groups API is not offered to Business-app numbers.</source>
        <translation>Cierto para un número con coexistencia: los grupos quedan en la app Business; la API de Grupos no se ofrece a números de la app Business.</translation>
    </message>
    <message>
        <source>Meta, “Groups API”</source>
        <translation>Meta, “Groups API”</translation>
    </message>
    <message>
        <source>You cannot call or be called on the API.</source>
        <translation>No se puede llamar ni recibir llamadas en la API.</translation>
    </message>
    <message>
        <source>For a coexistence number calls stay in the Business app: the Calling API is not offered under coexistence.</source>
        <translation>Para un número con coexistencia las llamadas quedan en la app Business: la API de Llamadas no se ofrece con coexistencia.</translation>
    </message>
    <message>
        <source>Meta, “Calling API” (generally available since 15 Jul 2025)</source>
        <translation>Meta, “Calling API” (disponible para todos desde el 15 jul. 2025)</translation>
    </message>
    <message>
        <source>Reactions do not work on the API.</source>
        <translation>Las reacciones no funcionan en la API.</translation>
    </message>
    <message>
        <source>No longer true: the API receives customers&apos; reactions and can send its own.</source>
        <translation>Ya no es cierto: la API recibe las reacciones de los clientes y puede enviar las suyas.</translation>
    </message>
    <message>
        <source>Meta, “Send messages” (reaction messages)</source>
        <translation>Meta, “Send messages” (mensajes de reacción)</translation>
    </message>
    <message>
        <source>You cannot reply to a particular message (threaded replies).</source>
        <translation>No se puede responder a un mensaje en particular (respuestas en hilo).</translation>
    </message>
    <message>
        <source>No longer true: a message sent through the API can quote the customer&apos;s message it answers, and customers&apos; replies say which message they quote.</source>
        <translation>Ya no es cierto: un mensaje enviado por la API puede citar el mensaje del cliente al que responde, y las respuestas de los clientes indican qué mensaje citan.</translation>
    </message>
    <message>
        <source>Meta, “Send messages”</source>
        <translation>Meta, “Send messages”</translation>
    </message>
    <message>
        <source>Chat history does not move to the API.</source>
        <translation>El historial de chats no pasa a la API.</translation>
    </message>
    <message>
        <source>Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no groups; media only from the last 14 days), once, within 24 hours of onboarding.</source>
        <translation>En parte cierto con coexistencia: el proveedor puede copiar hasta 6 meses de chats individuales (sin grupos; multimedia solo de los últimos 14 días), una vez, dentro de las 24 horas de la incorporación.</translation>
    </message>
    <message>
        <source>For a move between providers Meta moves the number, not the conversations kept by the old provider: ask it for an export of its history.</source>
        <translation>Al cambiar de proveedor Meta traslada el número, no las conversaciones que guarda el proveedor anterior: pídele una exportación de su historial.</translation>
    </message>
    <message>
        <source>Meta, “Onboard WhatsApp Business app users”</source>
        <translation>Meta, “Onboard WhatsApp Business app users”</translation>
    </message>
    <message>
        <source>Answering within 24 hours is free.</source>
        <translation>Responder dentro de 24 horas es gratis.</translation>
    </message>
    <message>
        <source>No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at the customer&apos;s country&apos;s rate past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still opens 72 free hours.</source>
        <translation>Ya no es cierto desde el 1 de octubre de 2026: las respuestas dentro de la ventana de 24 horas se cobran por mensaje, a la tarifa del país del cliente, más allá de una franquicia mensual gratuita (los proveedores informan 1.000 por número), y sin método de pago no se entregan. Una respuesta a un anuncio de clic a WhatsApp todavía abre 72 horas gratis.</translation>
    </message>
    <message>
        <source>No longer true on the API since 1 October 2026 (replies are charged past a monthly free allowance); what you send from the Business app itself stays free.</source>
        <translation>Ya no es cierto en la API desde el 1 de octubre de 2026 (las respuestas se cobran más allá de una franquicia mensual gratuita); lo que envías desde la propia app Business sigue siendo gratis.</translation>
    </message>
    <message>
        <source>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</source>
        <translation>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</translation>
    </message>
    <message>
        <source>{0} of this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>{0} de esta copia del iPhone está dañado: vuelve a hacer la copia en la computadora.</translation>
    </message>
    <message>
        <source>{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds Manifest.db and Info.plist), usually in MobileSync/Backup.</source>
        <translation>{0} no es una copia de iPhone: elige la carpeta que creó Finder, iTunes o la app Dispositivos Apple (contiene Manifest.db e Info.plist), normalmente en MobileSync/Backup.</translation>
    </message>
    <message>
        <source>macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy &amp; Security ▸ Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup&apos;s folder somewhere else and choose it.</source>
        <translation>macOS mantiene privadas las copias del iPhone: para que wamigrate pueda leerlas, abre Configuración del Sistema ▸ Privacidad y seguridad ▸ Acceso total al disco, activa wamigrate y vuelve a abrir wamigrate. O copia la carpeta de la copia a otro lugar y elígela.</translation>
    </message>
    <message>
        <source>The backups folder {0} could not be read: {1}.</source>
        <translation>No se pudo leer la carpeta de copias {0}: {1}.</translation>
    </message>
    <message>
        <source>The backup password could not be checked. Try again.</source>
        <translation>No se pudo comprobar la contraseña de la copia. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.</source>
        <translation>{0} en esta copia del iPhone está dañado o incompleto: vuelve a hacer la copia en la computadora.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an invalid name): make the backup again.</source>
        <translation>El Manifest.db de esta copia del iPhone está dañado (un archivo tiene un nombre no válido): vuelve a hacer la copia.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an impossible size): make the backup again.</source>
        <translation>El Manifest.db de esta copia del iPhone está dañado (un archivo tiene un tamaño imposible): vuelve a hacer la copia.</translation>
    </message>
    <message>
        <source>{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it again on the computer.</source>
        <translation>{0} figura en esta copia del iPhone, pero falta su archivo: la copia está incompleta. Vuelve a hacerla en la computadora.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file&apos;s details cannot be read): make the backup again.</source>
        <translation>El Manifest.db de esta copia del iPhone está dañado (no se pueden leer los datos de un archivo): vuelve a hacer la copia.</translation>
    </message>
    <message>
        <source>This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait until Finder or the Apple Devices app says the backup is done (or make it again), then choose it.</source>
        <translation>Esta copia del iPhone no está terminada: la computadora todavía la está haciendo, o se detuvo a mitad. Espera a que Finder o la app Dispositivos Apple digan que la copia terminó (o vuelve a hacerla) y luego elígela.</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app (it is not the phone&apos;s passcode, nor the Apple ID&apos;s password).</source>
        <translation>Esta copia del iPhone está encriptada: escribe la contraseña elegida para las copias del teléfono en Finder, iTunes o la app Dispositivos Apple (no es el código del teléfono ni la contraseña del ID de Apple).</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s key list (in Manifest.plist) is damaged: make the backup again on the computer.</source>
        <translation>La lista de claves de esta copia del iPhone (en Manifest.plist) está dañada: vuelve a hacer la copia en la computadora.</translation>
    </message>
    <message>
        <source>This password does not open the iPhone backup. Type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app; letters must match in case.</source>
        <translation>Esta contraseña no abre la copia del iPhone. Escribe la contraseña elegida para las copias del teléfono en Finder, iTunes o la app Dispositivos Apple; las mayúsculas y minúsculas cuentan.</translation>
    </message>
    <message>
        <source>This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.</source>
        <translation>Esta copia del iPhone no tiene Manifest.db: está incompleta. Vuelve a hacer la copia en la computadora.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged or incomplete: make the backup again on the computer.</source>
        <translation>El Manifest.db de esta copia del iPhone está dañado o incompleto: vuelve a hacer la copia en la computadora.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db has a layout wamigrate does not know (a newer iOS?). Update wamigrate, or tell us the iOS version.</source>
        <translation>El Manifest.db de esta copia del iPhone tiene un formato que wamigrate no conoce (¿un iOS más reciente?). Actualiza wamigrate, o dinos la versión de iOS.</translation>
    </message>
    <message>
        <source>Marketing (offers, news, come back)</source>
        <translation>Marketing (ofertas, novedades, vuelve a comprar)</translation>
    </message>
    <message>
        <source>Utility (about an order, booking or account)</source>
        <translation>Utilidad (sobre un pedido, una reserva o una cuenta)</translation>
    </message>
    <message>
        <source>{0} is too large to be Meta&apos;s rate card (it is about 2 kB).</source>
        <translation>{0} es demasiado grande para ser la tabla de tarifas de Meta (ocupa unos 2 kB).</translation>
    </message>
    <message>
        <source>The rate card {0} does not exist.</source>
        <translation>La tabla de tarifas {0} no existe.</translation>
    </message>
    <message>
        <source>The rate card {0} cannot be read: {1}.</source>
        <translation>No se puede leer la tabla de tarifas {0}: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a text file: download the rate card from Meta&apos;s pricing page as CSV.</source>
        <translation>{0} no es un archivo de texto: descarga la tabla de tarifas de la página de precios de Meta como CSV.</translation>
    </message>
    <message>
        <source>{0} is not Meta&apos;s rate card: no row starts with &quot;Market&quot;. Download &quot;Rate card (USD)&quot; from Meta&apos;s pricing page and choose that file.</source>
        <translation>{0} no es la tabla de tarifas de Meta: ninguna fila empieza con &quot;Market&quot;. Descarga &quot;Rate card (USD)&quot; de la página de precios de Meta y elige ese archivo.</translation>
    </message>
    <message>
        <source>{0} does not say from when its rates apply (&quot;effective …&quot; in its first line).</source>
        <translation>{0} no dice desde cuándo rigen sus tarifas (&quot;effective …&quot; en su primera línea).</translation>
    </message>
    <message>
        <source>{0} gives a date that is not a date: {1}.</source>
        <translation>{0} trae una fecha que no es una fecha: {1}.</translation>
    </message>
    <message>
        <source>{0} has no {1} column.</source>
        <translation>{0} no tiene la columna {1}.</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a rate.</source>
        <translation>{0}, fila {1} ({2}): {3} no es una tarifa.</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a plausible rate per message.</source>
        <translation>{0}, fila {1} ({2}): {3} no es una tarifa plausible por mensaje.</translation>
    </message>
    <message>
        <source>{0} has no &quot;Other&quot; market, which prices every country Meta does not list: it is not a whole card.</source>
        <translation>{0} no tiene el mercado &quot;Other&quot;, que cobra todo país que Meta no lista: no es una tabla completa.</translation>
    </message>
    <message>
        <source>{0} mixes currencies ({1}).</source>
        <translation>{0} mezcla monedas ({1}).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Sí</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;No</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copiar la ubicación del en&amp;lace</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Seleccionar todo</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Siguie&amp;nte &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ayuda</translation>
    </message>
</context>
</TS>
