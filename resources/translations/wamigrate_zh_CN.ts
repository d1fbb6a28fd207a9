<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation>号码是有效的国际号码（含国码及区码；不是短码）</translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation>号码的类型可以接收注册验证码</translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation>号码可以接收短信或语音来电</translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation>IVR 或免费号码可接受国际来电并由真人接听</translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation>商家不在平台排除的地区</translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation>号码已不再注册于 WhatsApp 应用（完整迁移）</translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation>共存模式只适用于 WhatsApp Business 应用上的号码</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation>删除应用账号后，至少等待 5 分钟再注册</translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation>共存模式需要 Business 应用 2.24.17 或更新版本，以及解决方案合作伙伴或技术供应商</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation>尼日利亚（+234）和南非（+27）的号码无法使用共存模式</translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation>共存模式的号码每秒最多发送 20 则消息</translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation>聊天记录同步必须在加入后 24 小时内确认（180 天，仅限一对一聊天）</translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation>加入共存模式时，已链接的设备会被取消链接</translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation>在供应商之间转移前必须关闭两步验证</translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation>每个号码在 72 小时内最多尝试注册 10 次</translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation>显示名称描述商家（不用通用词、不用 Meta 或 WhatsApp、不用「官方」、不用网址或电子邮件、不含促销）</translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation>显示名称与商家的法定名称明确相关</translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation>显示名称符合 Meta 要求的格式（不全用大写、不含表情符号和符号；至少 3 个字符）</translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation>商家可以使用 WhatsApp 商业消息（受限制的商品和服务）</translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation>顾客已同意接收商家的消息</translation>
    </message>
    <message>
        <source>The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit</source>
        <translation>消息上限：新的业务资产组合从每天 250 位客户开始；已有的组合共享其上限</translation>
    </message>
    <message>
        <source>Authentication templates use Meta&apos;s preset text with a code button (no links, media or emoji)</source>
        <translation>验证模板使用 Meta 的预设文字和验证码按钮（不含链接、媒体或表情符号）</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to customers with US numbers</source>
        <translation>营销模板不会送达使用美国号码的客户</translation>
    </message>
    <message>
        <source>Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed</source>
        <translation>自 2026 年 10 月 1 日起，24 小时窗口内的回复需付费：必须有付款方式</translation>
    </message>
    <message>
        <source>Templates to customers outside the window are charged per message, by the customer&apos;s country</source>
        <translation>发给窗口外客户的模板按条收费，费率取决于客户所在国家</translation>
    </message>
    <message>
        <source>A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free</source>
        <translation>回复点击跳转 WhatsApp 广告的消息会开启 72 小时免费时段，期间所有消息免费</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion are charged (and capped) as marketing</source>
        <translation>读起来像促销的实用模板，会按营销收费（并受营销上限限制）</translation>
    </message>
    <message>
        <source>Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea</source>
        <translation>在欧洲经济区、英国、日本和韩国以外，营销模板对每位客户有上限</translation>
    </message>
    <message>
        <source>Authentication templates need a verified business with a 2,000 limit</source>
        <translation>验证模板需要已验证且上限达到 2,000 的企业</translation>
    </message>
    <message>
        <source>Customers with a WhatsApp username may write without a phone number</source>
        <translation>有 WhatsApp 用户名的客户可能不带电话号码就发来消息</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not part of the move</source>
        <translation>蓝色对勾（官方企业账号）不在这次迁移之内</translation>
    </message>
    <message>
        <source>A new business portfolio can register 2 numbers (20 after verification)</source>
        <translation>新的业务资产组合可注册 2 个号码（验证后 20 个）</translation>
    </message>
    <message>
        <source>A number still registered to a previous provider&apos;s app must be released by it first</source>
        <translation>仍注册在上一家服务商应用中的号码，必须先由对方释放</translation>
    </message>
    <message>
        <source>What changes in the Business app under coexistence</source>
        <translation>共存模式下 Business 应用有哪些变化</translation>
    </message>
    <message>
        <source>A second provider can be added without moving the number (Conversation Routing)</source>
        <translation>无需迁移号码即可加入第二家服务商（Conversation Routing）</translation>
    </message>
    <message>
        <source>A move between providers needs a verified business and a payment method</source>
        <translation>更换服务商需要已验证的企业和付款方式</translation>
    </message>
    <message>
        <source>General-purpose AI assistants may not use the Platform (since 15 Jan 2026)</source>
        <translation>通用型 AI 助手不得使用该平台（自 2026 年 1 月 15 日起）</translation>
    </message>
    <message>
        <source>Meta has not rejected the display name (an approved name is needed only to move between providers)</source>
        <translation>Meta 未拒绝显示名称（只有更换服务商时才需要已批准的名称）</translation>
    </message>
    <message>
        <source>The number&apos;s quality rating is not low (a RED number does not scale up)</source>
        <translation>号码的质量评级不低（红色号码不会提升上限）</translation>
    </message>
    <message>
        <source>Meta&apos;s health status says the account can send messages</source>
        <translation>Meta 的健康状态显示账号可以发送消息</translation>
    </message>
    <message>
        <source>The date is that of Meta&apos;s developer page on display names, which points to this Help Center article; the article shows no date.</source>
        <translation>此日期是 Meta 开发者显示名称页面的日期，该页指向这篇帮助中心文章；文章本身没有日期。</translation>
    </message>
    <message>
        <source>A copy of Meta&apos;s page &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; the monthly free allowance of 1,000 service messages is reported by providers.</source>
        <translation>Meta 页面“Upcoming pricing updates for Meta Business Agent, service and utility messages”的副本；每月 1,000 条免费服务消息的额度由服务商提供。</translation>
    </message>
    <message>
        <source>Meta&apos;s WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms&apos; own text was not readable when this was written.</source>
        <translation>媒体引述的 Meta WhatsApp Business 解决方案条款（NDTV，2025 年 10 月 21 日）；撰写时无法读取条款原文。</translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation>删除应用账号前，每个聊天都已备份到经过验证的存档</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation>范本名称只用小写字母、数字和底线（最多 512 个）</translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation>范本长度：页眉和页脚最多 60 个字符，内文 1 到 1,024 个，按钮标签 25 个</translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation>范本参数依序为 {{1}}、{{2}}……，每个都附范例值</translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation>范本避开 Meta 常见的拒绝原因（参数在开头或结尾、范例中有 #$%）</translation>
    </message>
    <message>
        <source>The number is not registered on another platform, and Meta has verified it</source>
        <translation>号码没有注册在其他平台上，且 Meta 已验证</translation>
    </message>
    <message>
        <source>No message template is rejected, paused or disabled</source>
        <translation>没有任何消息范本被拒绝、暂停或禁用</translation>
    </message>
    <message>
        <source>The messaging limit covers the customers who need a template on day one</source>
        <translation>消息上限足以涵盖第一天需要范本的顾客</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就绪</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>已就绪，但有警告</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>尚未就绪</translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation>24 小时内</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 天</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 天</translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation>1-4 周</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>超过 4 周</translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation>在切换时间之后</translation>
    </message>
    <message>
        <source>group chats</source>
        <translation>群聊</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>deleted messages</source>
        <translation>已删除的消息</translation>
    </message>
    <message>
        <source>polls</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>disappearing messages</source>
        <translation>限时消息</translation>
    </message>
    <message>
        <source>only for verified-brand accounts, at most 8 people; not under coexistence</source>
        <translation>仅限已验证品牌账号，最多 8 人；共存模式不适用</translation>
    </message>
    <message>
        <source>only with a calling integration and a 2,000 limit; not under coexistence</source>
        <translation>仅限有通话集成且上限达到 2,000；共存模式不适用</translation>
    </message>
    <message>
        <source>a message sent through the API cannot be deleted</source>
        <translation>通过 API 发送的消息无法删除</translation>
    </message>
    <message>
        <source>cannot be sent; a customer&apos;s poll arrives as an unsupported message</source>
        <translation>无法发送；客户的投票会以不支持的消息送达</translation>
    </message>
    <message>
        <source>not available; turned off under coexistence</source>
        <translation>无法使用；共存模式下会关闭</translation>
    </message>
    <message>
        <source>{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).</source>
        <translation>{0} 不是 wamigrate 认识的时区（例如 America/Sao_Paulo）。</translation>
    </message>
    <message>
        <source>The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>切换时间 {0} 必须是以 YYYY-MM-DDTHH:MM 写成的本地日期和时间。</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>完整迁移</translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation>共存模式（保留 Business 应用）</translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation>在供应商之间转移</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>需要处理</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>阻碍</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>部分确认</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未确认</translation>
    </message>
    <message>
        <source>reported by providers, not in Meta&apos;s text</source>
        <translation>由服务商提供，Meta 文字中没有</translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation>没有任何事项阻碍转移。</translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation>请先修正阻碍事项；它们列在最前面。</translation>
    </message>
    <message>
        <source>Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move.</source>
        <translation>请先回答阻碍性问题：在回答之前，没有人能说没有任何事阻碍这次迁移。</translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation>没有任何事项阻碍转移；请阅读警告。</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>为何重要。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>该怎么做。</translation>
    </message>
    <message>
        <source>verified live at {0}</source>
        <translation>已于 {0} 即时验证</translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation>来源：{0}（{1}，{2}）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>周一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>周二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>周三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>周四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>周五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>周六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>周日</translation>
    </message>
    <message>
        <source>Give the archive (and the planned cut-over in the profile) to see the impact.</source>
        <translation>请提供存档（以及设置档中预计的切换时间）以查看影响。</translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation>无法判断聊天中哪个名称是商家本身；请在设置档中设置 own_name。</translation>
    </message>
    <message>
        <source>the live check did not run</source>
        <translation>没有运行即时检查</translation>
    </message>
    <message>
        <source>Meta&apos;s list of phone numbers could not be read: {0}</source>
        <translation>无法读取 Meta 的电话号码清单：{0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The number is not in this WhatsApp Business Account yet (its numbers: {0}).</source>
        <translation>这个号码还不在此 WhatsApp Business 账号中（其号码：{0}）。</translation>
    </message>
    <message>
        <source>Check the WhatsApp Business Account ID, or add the number to it first.</source>
        <translation>请检查 WhatsApp Business 账号 ID，或先将号码加入该账号。</translation>
    </message>
    <message>
        <source>Meta says {0} is registered on the On-Premises API.</source>
        <translation>Meta 表示 {0} 注册在 On-Premises API 上。</translation>
    </message>
    <message>
        <source>A number is on one platform at a time; the On-Premises API has been retired.</source>
        <translation>一个号码一次只能在一个平台上；On-Premises API 已停止服务。</translation>
    </message>
    <message>
        <source>Ask the provider to migrate the number to the Cloud API before the cut-over.</source>
        <translation>请在切换前请供应商将号码迁移到 Cloud API。</translation>
    </message>
    <message>
        <source>Meta says the ownership of {0} is not verified ({1}).</source>
        <translation>Meta 表示 {0} 的拥有权尚未验证（{1}）。</translation>
    </message>
    <message>
        <source>The number must receive and enter Meta&apos;s code before it can be registered.</source>
        <translation>号码必须先收到并输入 Meta 的验证码，才能注册。</translation>
    </message>
    <message>
        <source>Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider.</source>
        <translation>请再次索取验证码（短信或语音来电），并在 WhatsApp 管理工具中或通过供应商输入。</translation>
    </message>
    <message>
        <source>on the Cloud API</source>
        <translation>在 Cloud API 上</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>尚未注册</translation>
    </message>
    <message>
        <source>Meta says {0} is {1}; its ownership is verified.</source>
        <translation>Meta 表示 {0} {1}；其拥有权已验证。</translation>
    </message>
    <message>
        <source>Meta&apos;s review of the display name &apos;{0}&apos;: {1}.</source>
        <translation>Meta 对显示名称「{0}」的审查：{1}。</translation>
    </message>
    <message>
        <source>Meta&apos;s API gives the decision, not its reason: WhatsApp Manager shows the reason.</source>
        <translation>Meta 的 API 只提供决定，不提供原因：原因请见 WhatsApp 管理工具。</translation>
    </message>
    <message>
        <source>Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit.</source>
        <translation>请在 WhatsApp 管理工具 ▸ 电话号码中查看原因，依此修改名称后重新提交。</translation>
    </message>
    <message>
        <source>The display name &apos;{0}&apos; is not approved yet ({1}).</source>
        <translation>显示名称「{0}」尚未核准（{1}）。</translation>
    </message>
    <message>
        <source>Moving between providers needs an approved display name.</source>
        <translation>更换服务商需要已批准的显示名称。</translation>
    </message>
    <message>
        <source>The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit.</source>
        <translation>在此期间号码可正常使用；号码达到更高的消息上限时，Meta 才会审核名称。</translation>
    </message>
    <message>
        <source>Customers have blocked or reported recent messages. A RED number does not get a higher messaging limit or throughput, and continued negative feedback can lead to enforcement; templates are paused on their own quality, not the number&apos;s.</source>
        <translation>客户屏蔽或举报了最近的消息。红色号码不会提高消息上限或吞吐量，持续的负面反馈可能导致处罚；模板按其自身质量暂停，而非号码的质量。</translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>按此上限（组合内所有号码共享）需要 %n 天才能联系到所有人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business to reach 2,000 a day (after Meta&apos;s quality review), or plan the first messages over several days.</source>
        <translation>验证企业以达到每天 2,000（经 Meta 质量审核后），或把第一批消息分几天发送。</translation>
    </message>
    <message>
        <source>Meta did not give a health status</source>
        <translation>Meta 未提供健康状态</translation>
    </message>
    <message>
        <source>The account&apos;s health status could not be read: {0}</source>
        <translation>无法读取账号的健康状态：{0}</translation>
    </message>
    <message>
        <source>Meta says this account cannot send messages (BLOCKED).</source>
        <translation>Meta 表示此账号无法发送消息（BLOCKED）。</translation>
    </message>
    <message>
        <source>A blocked account, number or business cannot send anything, templates included.</source>
        <translation>被封禁的账号、号码或企业无法发送任何内容，包括模板。</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue.</source>
        <translation>修复 Meta 列出的问题（WhatsApp 管理工具 ▸ 概览），例如付款方式或政策问题。</translation>
    </message>
    <message>
        <source>Meta says this account can send only in part (LIMITED).</source>
        <translation>Meta 表示此账号只能部分发送（LIMITED）。</translation>
    </message>
    <message>
        <source>Some messages will not be delivered until the limitation is lifted.</source>
        <translation>在限制解除之前，部分消息不会送达。</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over.</source>
        <translation>在切换前修复 Meta 列出的问题（WhatsApp 管理工具 ▸ 概览）。</translation>
    </message>
    <message>
        <source>Meta says the account can send messages ({0}).</source>
        <translation>Meta 表示账号可以发送消息（{0}）。</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review before the cut-over.</source>
        <translation>请在切换前等待 Meta 的审查。</translation>
    </message>
    <message>
        <source>Nothing to do now; follow the review in WhatsApp Manager.</source>
        <translation>目前无需处理；在 WhatsApp 管理工具中跟踪审核进度。</translation>
    </message>
    <message>
        <source>Meta approved the display name &apos;{0}&apos; ({1}).</source>
        <translation>Meta 已核准显示名称「{0}」（{1}）。</translation>
    </message>
    <message>
        <source>Meta&apos;s list of templates could not be read: {0}</source>
        <translation>无法读取 Meta 的范本清单：{0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n 个范本无法发送：</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the 24-hour window only approved templates reach customers.</source>
        <translation>在 24 小时窗口外，只有已核准的范本能送达顾客。</translation>
    </message>
    <message>
        <source>Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality.</source>
        <translation>请依原因修正被拒绝的范本并重新提交（或申诉）；被暂停的范本需要提升品质。</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>已核准 %n 个范本；没有被拒绝、暂停或禁用的范本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rates the quality of {0} as low (RED).</source>
        <translation>Meta 将 {0} 的品质评为低（RED）。</translation>
    </message>
    <message>
        <source>Send fewer, expected messages to customers who opted in, and let them opt out easily.</source>
        <translation>请减少传讯，只传顾客预期、已同意接收的消息，并让他们能轻松退订。</translation>
    </message>
    <message>
        <source>Quality rating of {0}: {1}.</source>
        <translation>{0} 的品质评分：{1}。</translation>
    </message>
    <message>
        <source>Messaging limit: {0}. The archive&apos;s impact analysis is needed to compare it.</source>
        <translation>消息上限：{0}。需要存档的影响分析才能比较。</translation>
    </message>
    <message>
        <source>Import the chats and set the planned cut-over.</source>
        <translation>请导入聊天并设置预计的切换时间。</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit is {1} a day ({2}).</source>
        <translation>第一天有 {0} 位顾客需要范本；上限为每天 {1} 位（{2}）。</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit ({1}) covers them.</source>
        <translation>第一天有 {0} 位顾客需要范本；上限（{1}）足以涵盖。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation>&lt;b&gt;在共存模式下&lt;/b&gt;，加入前收到的消息不会打开窗口：加入后传给每位顾客的第一则消息都必须是范本。</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation>目前 {0} 的顾客消息在 24 小时内得到回复。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小时内回复</translation>
    </message>
    <message>
        <source>Used in your chats but not available (or limited) on the API:</source>
        <translation>在您的聊天中使用、但 API 不提供（或有限制）的功能：</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>On the API</source>
        <translation>在 API 上</translation>
    </message>
    <message>
        <source>Messages you send again and again, which will need approved templates:</source>
        <translation>您一再发送、需要已核准范本的消息：</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>范本内文</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>发送次数</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>建议类别</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美洲</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>非洲其他地区</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>亚太其他地区</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>中东欧其他地区</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>拉丁美洲其他地区</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>中东其他地区</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>西欧其他地区</translation>
    </message>
    <message>
        <source>Other (every country Meta does not list)</source>
        <translation>其他（Meta 未列出的所有国家）</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>营销</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>实用</translation>
    </message>
    <message>
        <source>What the cut-over will cost (estimate)</source>
        <translation>切换的费用（估算）</translation>
    </message>
    <message>
        <source>One {0} template to each of the {1} customers outside their window, with a known country, would cost about &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>向 {1} 位已知国家、不在 24 小时窗口内的客户各发送一条{0}模板，约需 &lt;b&gt;{2}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>its own rate</source>
        <translation>独立费率</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>费用</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>未计入总额：有 %n 位窗口外的客户，其聊天名称中没有电话号码，因此无法得知其国家和价格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta has priced {0} on their own since the dates shown, after this card&apos;s date; the card prices them at the market they belonged to.</source>
        <translation>Meta 自所示日期起对 {0} 采用独立费率，晚于这份费率表的日期；这份费率表按它们原属的市场计价。</translation>
    </message>
    <message>
        <source>You send about {0} replies a month within 24 hours of a customer&apos;s message.</source>
        <translation>您每月约在客户消息后 24 小时内发送 {0} 条回复。</translation>
    </message>
    <message>
        <source>Past the {0} free each month, about {1} would be charged as service messages at about {2} each: about &lt;b&gt;{3}&lt;/b&gt; a month.</source>
        <translation>超过每月免费的 {0} 条后，约有 {1} 条会按服务消息计费，每条约 {2}：每月约 &lt;b&gt;{3}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>That is within the {0} service messages free each month.</source>
        <translation>这仍在每月免费的 {0} 条服务消息之内。</translation>
    </message>
    <message>
        <source>Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers through an ad avoids the template price.</source>
        <translation>通过点击跳转 WhatsApp 广告或 Facebook 主页按钮发来消息、并在 24 小时内得到回复的客户，在接下来的 72 小时内可以免费收到任何消息（包括模板）：通过广告重新联系久未互动的客户，可以省下模板费用。</translation>
    </message>
    <message>
        <source>Rates: {0} ({1}); countries placed in markets as on Meta&apos;s pricing page of {2}.</source>
        <translation>费率：{0}（{1}）；国家按 Meta 价格页面（{2}）的市场分组。</translation>
    </message>
    <message>
        <source>Meta may have changed rates since that date (it does so on the first day of a quarter): {0}</source>
        <translation>Meta 可能在该日期之后调整过费率（每季度第一天调整）：{0}</translation>
    </message>
    <message>
        <source>The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market wamigrate knows for them.</source>
        <translation>费率表中有 wamigrate 尚无法归类的市场（{0}）；这些国家按 wamigrate 已知的市场计价。</translation>
    </message>
    <message>
        <source>for today&apos;s figures, download the rate card (CSV) from Meta&apos;s pricing page and give it to wamigrate (the wizard&apos;s cut-over page, or --rate-card on the command line).</source>
        <translation>如需今天的数字，请从 Meta 的价格页面下载费率表（CSV）并提供给 wamigrate（向导的切换页面，或命令行的 --rate-card）。</translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation>未提供存档。</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>从未验证</translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation>上次验证 {0}：通过</translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation>上次验证 {0}：发现问题</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>导出文件 {0}</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>导出文件</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>country not known (no number in the chat name)</source>
        <translation>国家不明（聊天名称中没有号码）</translation>
    </message>
    <message>
        <source>Live check failed</source>
        <translation>实时检查失败</translation>
    </message>
    <message>
        <source>No live check was made: the findings rest on your answers.</source>
        <translation>未进行即时检查：检查结果依据您的回答。</translation>
    </message>
    <message>
        <source>Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.</source>
        <translation>于 {0} 无法询问 Meta：{1} 没有任何项目经过实时检查：结果仅依据你的回答。</translation>
    </message>
    <message>
        <source>Checked with Meta&apos;s Graph API at {0}, WhatsApp Business Account {1}.</source>
        <translation>已于 {0} 通过 Meta 的 Graph API 检查，WhatsApp Business 账号 {1}。</translation>
    </message>
    <message>
        <source>display name {0} ({1})</source>
        <translation>显示名称 {0}（{1}）</translation>
    </message>
    <message>
        <source>platform {0}</source>
        <translation>平台 {0}</translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>质量 {0}</translation>
    </message>
    <message>
        <source>messaging limit {0}</source>
        <translation>消息上限 {0}</translation>
    </message>
    <message>
        <source>throughput {0}</source>
        <translation>发送量 {0}</translation>
    </message>
    <message>
        <source>also in the Business app</source>
        <translation>也在 Business 应用上</translation>
    </message>
    <message>
        <source>not in the Business app</source>
        <translation>不在 Business 应用上</translation>
    </message>
    <message>
        <source>Account: {0}; business verification: {1}; account review: {2}.</source>
        <translation>账号：{0}；商家验证：{1}；账号审查：{2}。</translation>
    </message>
    <message>
        <source>At the cut-over on {0}, &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation>在 {0} 切换时，{2} 位顾客中有 &lt;b&gt;{1}&lt;/b&gt; 位在 24 小时窗口内，可以正常回复；&lt;b&gt;{3}&lt;/b&gt; 位只能用已核准的范本联系。依国家：{4}。</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}.</source>
        <translation>目前 {0} 的顾客消息在 24 小时内得到回复；一半的回复在 {1} 内送出。</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, from {2} to {3}; {4}.</source>
        <translation>{0} 个聊天，{1} 则消息，{2} 至 {3}；{4}。</translation>
    </message>
    <message>
        <source>Message templates: {0}.</source>
        <translation>消息范本：{0}。</translation>
    </message>
    <message>
        <source>Not read ({0}): {1}</source>
        <translation>未读取（{0}）：{1}</translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation>尚未记录任何检查列表步骤。</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>尚未就绪：还有 %n 个阻碍性问题未回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation>路线：{0} · 产生于 {1} · 规则截至 {2}。规则会变动：请查看每个来源的日期。</translation>
    </message>
    <message>
        <source>Times are in the time zone {0}.</source>
        <translation>时间以 {0} 时区显示。</translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation>本报告不含任何消息内容，也不含顾客的电话号码。</translation>
    </message>
    <message>
        <source>What is true today of what is often said about the API, for this route:</source>
        <translation>关于 API 的常见说法中，哪些在今天仍然属实（就此路线而言）：</translation>
    </message>
    <message>
        <source>Often said</source>
        <translation>常见说法</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>实际情况</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Verified live</source>
        <translation>即时验证</translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation>切换时的变化</translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation>聊天存档</translation>
    </message>
    <message>
        <source>What you may have read</source>
        <translation>您可能读过的说法</translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation>取消注册检查列表</translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation>WhatsApp Business Platform 就绪检查</translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation>存档已在最后一次导入后通过验证</translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation>两步验证：已记下 PIN 码或已关闭</translation>
    </message>
    <message>
        <source>Export the chats with new messages once more, import and verify them</source>
        <translation>再导出一次有新消息的聊天，导入并验证</translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation>在应用中删除账号：设置 ▸ 账号 ▸ 删除我的账号</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation>至少等待 5 分钟再注册号码</translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation>不要再在 WhatsApp 应用中注册这个号码</translation>
    </message>
    <message>
        <source>Register the number on the API with your provider</source>
        <translation>通过您的服务提供商在 API 上注册号码</translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation>WhatsApp Business 应用 2.24.17 或更新版本</translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation>已链接的设备将被取消链接；已告知员工</translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation>已在 WhatsApp 管理工具中关闭两步验证</translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation>显示名称已核准，没有待处理的名称变更</translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation>商家资产组合中已有付款方式</translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation>请选择转移号码的方式。</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation>请输入含国码的电话号码。</translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation>请说明号码目前在哪个 WhatsApp 应用上。</translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation>请创建存档，或解锁您之前创建的存档。</translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation>请确认您已保存恢复密钥。</translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation>请至少导入一个导出的聊天。</translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation>请验证存档：在删除账号前，它必须在最后一次导入后通过验证。</translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation>尚待完成：{0}。</translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation>请先验证存档（「检查与验证」页面）。</translation>
    </message>
    <message>
        <source>Export again the chats that got new messages since your last export, and import them with “Import the final exports…” below. Until then those messages are only on the phone.</source>
        <translation>请再次导出自上次导出后有新消息的聊天，并用下方的“导入最后的导出文件…”导入。在此之前，这些消息只在手机上。</translation>
    </message>
    <message>
        <source>Verify the archive after this import (“Verify now” below).</source>
        <translation>请在这次导入后验证归档（下方的“立即验证”）。</translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation>请先完成：{0}。</translation>
    </message>
    <message>
        <source>Verify the archive after the last import first (“Verify now” below).</source>
        <translation>请先在最后一次导入后验证归档（下方的“立即验证”）。</translation>
    </message>
    <message>
        <source>Run the readiness check first (page &apos;Business readiness&apos;).</source>
        <translation>请先运行就绪检查（“商家就绪状态”页面）。</translation>
    </message>
    <message>
        <source>Tap Confirm during onboarding; the provider starts the history sync within 24 hours</source>
        <translation>在接入流程中点按“确认”；服务商须在 24 小时内开始同步记录</translation>
    </message>
    <message>
        <source>Open the Business app at least every 13 days, or the API side disconnects</source>
        <translation>至少每 13 天打开一次 Business 应用，否则 API 端会断开连接</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>就绪检查仍发现 %n 个阻碍项（未通过或未回答）：{0}。请先在“商家就绪状态”页面修正或回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>删除账号后请再等待 %n 分钟。</numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>移动电话</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>行动或固定电话</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>免费</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>付费加值</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>调用器</translation>
    </message>
    <message>
        <source>universal access</source>
        <translation>通用接入</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>分摊费用</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>个人（转接）</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>请输入电话号码。</translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation>请选择国家，或在号码前加上 + 和国码。</translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation>这还不是电话号码。</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>号码的位数太少或太多。</translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation>该国家没有使用这样的号码：请检查数字。</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知类型</translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation>调用器号码不能用于 WhatsApp Business Platform。</translation>
    </message>
    <message>
        <source>Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot be registered. Make sure it can receive one of them before you start.</source>
        <translation>Meta 会通过短信或语音来电发送注册验证码：如果两者都无法送达这个号码，就无法注册。开始前请确认号码能收到其中一种。</translation>
    </message>
    <message>
        <source>This is a landline: landlines usually cannot receive SMS, so ask for Meta&apos;s code by voice call, and make sure the line answers calls (no menu or voicemail picking up first).</source>
        <translation>这是固定电话：固定电话通常无法接收短信，所以请以语音来电索取 Meta 的验证码，并确认这条线路会接听来电（不会先由语音菜单或语音信箱接听）。</translation>
    </message>
    <message>
        <source>Two-step verification must be turned off in WhatsApp Manager before the move.</source>
        <translation>迁移前必须在 WhatsApp 管理工具中关闭两步验证。</translation>
    </message>
    <message>
        <source>Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the checklist asks you to note it or turn it off before the account is deleted.</source>
        <translation>现在就把两步验证 PIN 记在安全的地方：WhatsApp 要求时需要用到，而检查清单也会请您在删除账号前记下或关闭它。</translation>
    </message>
    <message>
        <source>The app account is already deleted, so coexistence is no longer possible: finish the full migration and register the number with your provider.</source>
        <translation>应用账号已删除，因此无法再使用共存模式：请完成完整迁移，并通过服务提供商注册号码。</translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider. To add a provider beside the current one, Conversation Routing (since October 2026) may spare the move.</source>
        <translation>号码已通过服务商使用 API：把它迁移到新的服务商。若只想在现有服务商之外再加一家，Conversation Routing（自 2026 年 10 月起）可能免去迁移。</translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either the account is deleted from the app (after backing up every chat), or the number first moves to the WhatsApp Business app on the same phone and is used there for a week before coexistence (reported by providers; Meta&apos;s help text on moving chats to the Business app was not checked).</source>
        <translation>号码在普通 WhatsApp 应用上：共存需要 WhatsApp Business 应用，因此要么从应用删除账号（先备份所有聊天），要么先在同一部手机上把号码转到 WhatsApp Business 应用并使用一周，再进行共存（由服务商提供；未核实 Meta 关于把聊天转到 Business 应用的帮助说明）。</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of one-to-one chat history with your provider, if the provider runs the sync within 24 hours of onboarding.</source>
        <translation>号码在 WhatsApp Business 应用上：共存让应用与 API 同时运行，并与服务商共享最多六个月的一对一聊天记录，前提是服务商在接入后 24 小时内执行同步。</translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app, free of charge (on the API the first reply to them must be a template).</source>
        <translation>您大多数客户最后一次来消息是在切换前 24 小时以上：使用共存，您可以继续从应用免费回复他们（在 API 上，第一条回复必须是模板）。</translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation>号码尚未使用 WhatsApp：可以直接在 API 上注册。</translation>
    </message>
    <message>
        <source>Say where the number is now (just above) to get a suggestion.</source>
        <translation>请说明号码目前在哪里（就在上方），以获得建议。</translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation>欢迎回来：请解锁您的存档以继续</translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation>网页，内含照片（.html）</translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation>网页，附媒体文件夹（.html）</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文档（.pdf）</translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation>文本，与 WhatsApp 导出的格式相同（.txt）</translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation>JSON，供其他程序使用（.json）</translation>
    </message>
    <message>
        <source>Export “{0}”</source>
        <translation>导出「{0}」</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The whole chat</source>
        <translation>整个聊天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>从 – 到</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation>导出的文件没有加密：取得文件的人都能读取这些消息。请妥善保管。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>导出到</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>开始日期晚于结束日期。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在导出</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在写入 {0}…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>已保存到 {0}。</translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation>将媒体文件保存到</translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation>正在导出媒体</translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation>正在将媒体文件写入 {0}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>已将 %Ln 个文件保存到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>保存客户列表</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>客户.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the customer list</source>
        <translation>正在导出客户列表</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>已将 %Ln 位客户保存到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation>存档完整无损：来自 {1} 个导出文件的 {0} 则消息和 {2} 个媒体文件皆已检查。</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>发现的问题：</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>验证存档</translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation>正在读取每一页、每则消息和每个媒体文件…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>变更密码短语</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>目前的密码短语</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密码短语</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation>正在变更…（约两秒）</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的恢复密钥</translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation>新的恢复密钥将取代目前的密钥，目前的密钥会立即失效。如果旧密钥遗失或被他人看到，请创建新密钥。要继续吗？</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>正在创建新的恢复密钥…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>跳至日期</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>wamigrate — chat archive</source>
        <translation>wamigrate — 聊天存档</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>只读</translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation>依名称筛选聊天</translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation>筛选聊天</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation>聊天或搜索</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Jump to date…</source>
        <translation>跳至日期…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细数据</translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation>导入聊天导出档…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解锁…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>存档(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation>导入聊天导出档(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>导出这个聊天(&amp;E)…</translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation>导出这个聊天的媒体(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the &amp;customer list…</source>
        <translation>导出客户列表(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation>验证存档(&amp;V)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>变更密码短语(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>新的恢复密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>锁定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>关闭(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>查看(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>搜索消息(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>跳至日期(&amp;J)…</translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation>聊天详细数据(&amp;D)</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>这是我(&amp;M)</translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation>聊天排序方式</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近活动</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>About wamigrate</source>
        <translation>关于 wamigrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Moves a WhatsApp number to the WhatsApp Business Platform without losing its chats: an encrypted archive of every conversation, the checks Meta applies, and a report for your provider.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: the archive is encrypted with your passphrase, and nothing is sent anywhere unless you ask for the check with Meta.&lt;/p&gt;</source>
        <translation>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;把 WhatsApp 号码迁移到 WhatsApp Business Platform，而不丢失聊天：每段对话的加密归档、Meta 应用的检查，以及给服务提供商的报告。&lt;/p&gt;&lt;p&gt;一切都留在这台电脑上：归档以您的密码短语加密，除非您要求向 Meta 检查，否则不会发送任何数据。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>闲置多久后锁定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About wamigrate</source>
        <translation>关于 wamigrate(&amp;A)</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>存档：{0}</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>只读：{0}</translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation>这个存档还没有聊天。请导入您在手机上导出的聊天。</translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation>请选择左侧的聊天，或按 Ctrl+F 搜索所有聊天。</translation>
    </message>
    <message>
        <source>No senders yet</source>
        <translation>还没有发送者</translation>
    </message>
    <message>
        <source>Messages from {0} are shown as yours.</source>
        <translation>来自 {0} 的消息会显示为您的消息。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>拷贝文本</translation>
    </message>
    <message>
        <source>Open media…</source>
        <translation>打开媒体…</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>转到被引用的消息</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>打开 {0}</translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation>存档已锁定。
{0}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已锁定</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒体</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>已删除的消息</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通话</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>视频</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音频</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>语音频息</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>贴图</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>联系人名片</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Reactions: {0}</source>
        <translation>回应：{0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>群组</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>reply to {0}</source>
        <translation>回复 {0}</translation>
    </message>
    <message>
        <source>a message not in this chat</source>
        <translation>不在此聊天中的消息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回复</translation>
    </message>
    <message>
        <source>The quoted message is not in this chat of the archive</source>
        <translation>被引用的消息不在存档的此聊天中</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已编辑</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>双击以打开</translation>
    </message>
    <message>
        <source>add the phone&apos;s Media folder to see it</source>
        <translation>添加手机的 Media 文件夹即可查看</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>未包含在导出中</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>导出时未包含的媒体</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>正在加载照片…</translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation>一对一聊天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 则消息</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>参与者（{0}）</translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation>未包含在导出中：{0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>导入来源</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>导入于 {0}</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>第 {0} 行：</translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>聊天详细数据</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>每月消息数</translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation>日期是怎么写的？</translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation>{0} 中的日期有两种读法。第一则消息是什么时候发送的？</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>添加文件…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>添加文件夹…</translation>
    </message>
    <message>
        <source>Add the phone&apos;s backup…</source>
        <translation>添加手机的备份…</translation>
    </message>
    <message>
        <source>msgstore.db.crypt15, copied from the phone&apos;s WhatsApp/Databases folder</source>
        <translation>msgstore.db.crypt15，从手机的 WhatsApp/Databases 文件夹复制</translation>
    </message>
    <message>
        <source>Add an iPhone backup…</source>
        <translation>添加 iPhone 备份…</translation>
    </message>
    <message>
        <source>A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)</source>
        <translation>在这台电脑上制作的 iPhone 备份（Finder、iTunes、Apple 设备）</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>从列表移除</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>要导入的导出档</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>新消息</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>已在存档中</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Notes on the selected file</source>
        <translation>所选文件的备注</translation>
    </message>
    <message>
        <source>Import what can be read</source>
        <translation>导入可读取的部分</translation>
    </message>
    <message>
        <source>Import this database&apos;s messages without the parts it lacks</source>
        <translation>导入这个数据库的消息，不含它缺少的部分</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>所有文件：%p%</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>目前文件</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>这个文件：%p%</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>导入速度</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>导入结果</translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation>选择聊天导出档</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>聊天导出档</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s backup</source>
        <translation>选择手机的备份</translation>
    </message>
    <message>
        <source>Phone backups</source>
        <translation>手机备份</translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation>选择聊天导出档的文件夹</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在导入…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>%Ln 个来自手机的聊天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln 份导出的副本已由手机的记录取代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>已保存 %Ln 个媒体文件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>已跳过 %Ln 个文件：展开以查看原因</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>检查日期…</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>这个文件的日期有两种读法。</translation>
    </message>
    <message>
        <source>The dates could be read two ways: click “Check the dates…” to see both readings.</source>
        <translation>日期有两种读法：点击“检查日期…”查看两种读法。</translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation>已读取 {0} / {1}，每秒 {2}</translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation>先前已导入</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln 个警告：展开以阅读</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation>已读取 {0} 则消息，每秒 {1} 则</translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation>日期已确认</translation>
    </message>
    <message>
        <source>Drop chat exports here (.txt or .zip files, or folders of them), or the phone&apos;s msgstore.db.crypt15.</source>
        <translation>将导出的聊天拖放到这里（.txt 或 .zip 文件，或存放它们的文件夹），或手机的 msgstore.db.crypt15。</translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation>正在重新读取…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未导入</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>完成：归档中有 %Ln 条新消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these files were already in the archive.</source>
        <translation>没有新内容：这些文件已在归档中。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>未导入任何内容：有 %Ln 个文件无法读取。选择一个即可查看原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>有 %Ln 个文件无法读取：选择一个即可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before, except {0}: it had already been read again with the other date order when Cancel took effect.</source>
        <translation>已取消导入。存档已恢复到导入前的状态，但 {0} 除外：取消生效时，它已按另一种日期顺序重新读取。</translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation>已取消导入。存档维持原状。</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>导入聊天导出档</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。没有任何变更。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>实际大小</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>在其他应用中打开</translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation>为其他应用创建私人暂存副本；关闭此窗口时会删除。</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>保存副本…</translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation>这个文件未包含在导出中，因此存档中没有它。</translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation>由 {0} 于 {1} 发送</translation>
    </message>
    <message>
        <source>(notice)</source>
        <translation>（通知）</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>大小：{0}</translation>
    </message>
    <message>
        <source>The file is missing from the archive. Run “Verify archive” to check it.</source>
        <translation>存档中缺少这个文件。请运行「验证存档」来检查。</translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation>wamigrate 无法直接显示这类文件。请使用「在其他应用中打开」或「保存副本…」。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>保存副本</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation>无法保存副本：{0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation>几个不相关的词，例如 copper lantern orbit 47</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次输入密码短语</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再输入一次</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次输入相同的密码短语</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>显示密码短语</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>密码短语提示</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>大写锁定似乎已打开。</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>请输入密码短语。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>两次输入的密码短语还不相同。</translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation>强度足够。开头或结尾的空格会被忽略。</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation>至少 10 个字符；几个不相关的词很容易记住。</translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation>wamigrate 恢复套件</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>创建日期：{0}</translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation>忘记密码短语时，这把密钥可以打开存档。任何人只要同时拥有密钥和存档，就能读取其中每一则消息。</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation>请将它存放在安全且远离存有存档之电脑的地方：印出来锁在抽屉里，或存入密码管理工具。</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation>这是您的恢复密钥。忘记密码短语时，它可以打开存档。它只会在此时显示：请保存、打印或抄写下来，并存放在远离这台电脑的地方。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>拷贝</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>打印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存为 PDF…</translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation>为确认您已保存，请输入密钥的最后一组（最后一个连字号后的四个字符）：</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>恢复密钥的最后一组</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>恢复密钥检查</translation>
    </message>
    <message>
        <source>That is the last group.</source>
        <translation>这就是最后一组。</translation>
    </message>
    <message>
        <source>Not the last group yet.</source>
        <translation>还不是最后一组。</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>已拷贝。请贴到您的密码管理工具，然后清除剪贴板。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已送到打印机。</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>保存恢复套件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>无法保存 PDF：{0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation>已保存到 {0}。请将它移出这台电脑（U 盘、密码管理工具）。</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的恢复密钥</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>我已保存</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>尚未保存恢复密钥</translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation>您尚未输入密钥的最后一组。没有密钥，忘记密码短语就代表存档遗失。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>搜索消息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜索消息</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜索范围</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>所有聊天</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>这个聊天</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选条件</translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation>依发送者、日期和消息类型筛选</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>发送者</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任何类型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜索状态</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation>输入要寻找的字词，或选择筛选条件。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜索…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>找不到消息。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>目前找到 %Ln 则消息；卷动时会显示更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 则消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>请输入恢复密钥。</translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation>解锁存档</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>存档</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>存档文件夹</translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation>使用密码短语</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>使用恢复密钥</translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation>解锁结果</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>请选择存档文件夹。</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation>正在解锁…（约需一秒）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>建议的日期</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>此页面尚需完成的项目</translation>
    </message>
    <message>
        <source>To continue: {0}</source>
        <translation>若要继续：{0}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顾客</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>你好！</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>谢谢</translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation>1. 打开聊天，点击上方的名称</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>联系人信息</translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation>媒体、链接</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星号</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>导出聊天</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>清除聊天</translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation>2. 点击「导出聊天」</translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation>附加媒体</translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation>不含媒体</translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation>3. 选择含或不含媒体</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>分享</translation>
    </message>
    <message>
        <source>AirDrop</source>
        <translation>AirDrop</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>邮件</translation>
    </message>
    <message>
        <source>Save to Files</source>
        <translation>保存到「文件」</translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation>4. 保存后拷贝到这台电脑</translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation>1. 打开聊天，点击 ⋮</translation>
    </message>
    <message>
        <source>View contact</source>
        <translation>查看联系人</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账号</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隐私</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>1. In WhatsApp: ⋮ ▸ Settings ▸ Chats</source>
        <translation>1. 在 WhatsApp 中：⋮ ▸ 设置 ▸ 聊天</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>壁纸</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>聊天备份</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>聊天记录</translation>
    </message>
    <message>
        <source>2. Tap Chat backup</source>
        <translation>2. 点按“聊天备份”</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Google 账号</translation>
    </message>
    <message>
        <source>3. End-to-end encrypted backup ▸ Turn on</source>
        <translation>3. 端到端加密备份 ▸ 开启</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>这台电脑</translation>
    </message>
    <message>
        <source>Encrypt backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即备份</translation>
    </message>
    <message>
        <source>Chat Backup</source>
        <translation>聊天备份</translation>
    </message>
    <message>
        <source>Auto Backup</source>
        <translation>自动备份</translation>
    </message>
    <message>
        <source>1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup</source>
        <translation>1. 在 WhatsApp 中：设置 ▸ 聊天 ▸ 聊天备份</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>2. If the encrypted backup is on, turn it off</source>
        <translation>2. 如果加密备份已开启，请将其关闭</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup</source>
        <translation>3. 在电脑上（Finder、Apple 设备或 iTunes）：勾选“加密本地备份”</translation>
    </message>
    <message>
        <source>4. Click Back Up Now and wait until it has finished</source>
        <translation>4. 点按“立即备份”并等待完成</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>未加密</translation>
    </message>
    <message>
        <source>&lt;b&gt;The iPhone&apos;s backup&lt;/b&gt; on this computer holds every WhatsApp chat. Choose the newest backup of the phone.</source>
        <translation>这台电脑上的 &lt;b&gt;iPhone 备份&lt;/b&gt;包含每一条 WhatsApp 聊天。请选择这部手机最新的备份。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <source>iPhone backups on this computer</source>
        <translation>这台电脑上的 iPhone 备份</translation>
    </message>
    <message>
        <source>Add this backup</source>
        <translation>添加这个备份</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>找到的备份</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>其他文件夹…</translation>
    </message>
    <message>
        <source>A backup folder copied elsewhere, or one in a place wamigrate does not know</source>
        <translation>复制到别处的备份文件夹，或位于 wamigrate 不知道之处的备份</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The iPhone backup&apos;s password</source>
        <translation>iPhone 备份的密码</translation>
    </message>
    <message>
        <source>Only for an encrypted backup: the password chosen for the backups</source>
        <translation>仅限加密备份：为备份设置的密码</translation>
    </message>
    <message>
        <source>App</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Which WhatsApp</source>
        <translation>哪个 WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp (or the one the phone has)</source>
        <translation>WhatsApp（或手机上有的那个）</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>在这台电脑上找到 %Ln 个备份。</numerusform>
        </translation>
    </message>
    <message>
        <source>No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes or the Apple Devices app, or choose the backup&apos;s folder.</source>
        <translation>在常用位置找不到 iPhone 备份。请连接 iPhone，并在 Finder、iTunes 或 Apple 设备应用中备份，或选择备份的文件夹。</translation>
    </message>
    <message>
        <source>Choose the iPhone backup&apos;s folder</source>
        <translation>选择 iPhone 备份的文件夹</translation>
    </message>
    <message>
        <source>{0} is encrypted: type the password chosen for the iPhone&apos;s backups.</source>
        <translation>{0} 已加密：请输入为 iPhone 备份设置的密码。</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>通行密钥</translation>
    </message>
    <message>
        <source>64-digit key</source>
        <translation>64 位密钥</translation>
    </message>
    <message>
        <source>4. Choose the 64-digit key and write it down</source>
        <translation>4. 选择 64 位密钥并把它记下</translation>
    </message>
    <message>
        <source>5. Tap Back up, then copy the file</source>
        <translation>5. 点按“备份”，然后复制文件</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation>2. 点击「更多」</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>检举</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>封锁</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>清除聊天</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>导出聊天</translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation>3. 点击「导出聊天」</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>不含媒体</translation>
    </message>
    <message>
        <source>Include media</source>
        <translation>包含媒体</translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation>4. 选择后保存到云端硬盘或以电子邮件发送</translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation>切换时的变化</translation>
    </message>
    <message>
        <source>Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past a monthly free allowance), who will need a template, and what the API will not carry over.</source>
        <translation>谁仍可用普通消息回复（自 2026 年 10 月 1 日起，超过每月免费额度后按条收费）、谁需要模板，以及 API 不会带过去的内容。</translation>
    </message>
    <message>
        <source>Which of these is you?</source>
        <translation>以下哪一个是您？</translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation>预计切换时间</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>First message to customers outside the window</source>
        <translation>发给窗口外客户的第一条消息</translation>
    </message>
    <message>
        <source>Use Meta&apos;s current rate card…</source>
        <translation>使用 Meta 当前的费率表…</translation>
    </message>
    <message>
        <source>The rate card (CSV) downloaded from Meta&apos;s WhatsApp pricing page: its rates price the estimate.</source>
        <translation>从 Meta 的 WhatsApp 价格页面下载的费率表（CSV）：估算按其费率计算。</translation>
    </message>
    <message>
        <source>Use the rates shipped with wamigrate</source>
        <translation>使用 wamigrate 自带的费率</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>费率</translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation>转移的影响</translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation>依最后一则消息距今时间区分的顾客</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>选择您的名称…</translation>
    </message>
    <message>
        <source>Choose the name your business has in these chats. Until wamigrate knows which sender is you, it cannot tell which customers wrote last, so the counts below are hidden.</source>
        <translation>请选择您的商家在这些聊天中的名称。在 wamigrate 知道哪位发送者是您之前，无法判断哪些客户最后发消息，因此下方的数字会先隐藏。</translation>
    </message>
    <message>
        <source>You chose {0}. The browser shows these messages as yours.</source>
        <translation>您选择了 {0}。浏览器会把这些消息显示为您的消息。</translation>
    </message>
    <message>
        <source>wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong.</source>
        <translation>wamigrate 把 {0} 当作您：这个名称在每个聊天中都发过消息。如果不对，请选择其他名称。</translation>
    </message>
    <message>
        <source>Meta&apos;s rate card</source>
        <translation>Meta 的费率表</translation>
    </message>
    <message>
        <source>Rate card (*.csv);;All files (*)</source>
        <translation>费率表 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>{0}, effective {1}.</source>
        <translation>{0}，自 {1} 起生效。</translation>
    </message>
    <message>
        <source>Shipped with wamigrate: Meta&apos;s rates effective {0}.</source>
        <translation>wamigrate 自带：自 {0} 起生效的 Meta 费率。</translation>
    </message>
    <message>
        <source>The shipped rates are used instead.</source>
        <translation>改用 wamigrate 自带的费率。</translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation>正在分析存档…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;建议：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation>请等待分析完成。</translation>
    </message>
    <message>
        <source>Choose your name above (Which of these is you?): until then wamigrate cannot say which customers wrote last, or who can still be answered without a template.</source>
        <translation>请在上方选择您的名称（哪一个是您？）：在此之前，wamigrate 无法判断哪些客户最后来消息，或谁仍可不用模板回复。</translation>
    </message>
    <message>
        <source>download the rate card (CSV) from Meta&apos;s WhatsApp pricing page and choose it with “Use Meta&apos;s current rate card…” above.</source>
        <translation>请从 Meta 的 WhatsApp 价格页面下载费率表（CSV），并用上方的“使用 Meta 当前的费率表…”选择它。</translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>您的商家以 &lt;b&gt;{0}&lt;/b&gt; 的名称传讯。</translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation>在「检查与验证」页面完成：最后一次验证在最后一次导入后通过。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ ⋮ ▸ 设置 ▸ 账号 ▸ 两步验证：记下 PIN 码，或将其关闭。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ 设置 ▸ 账号 ▸ 两步验证：记下 PIN 码，或将其关闭。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ ⋮ ▸ 设置 ▸ 账号 ▸ 删除我的账号 ▸ 输入号码 ▸ 删除我的账号。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ 设置 ▸ 账号 ▸ 删除我的账号 ▸ 输入号码 ▸ 删除我的账号。</translation>
    </message>
    <message>
        <source>Messages that came in since your last export are only on the phone, and deleting the account deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the top), then import the files with the button below and verify.</source>
        <translation>自上次导出后收到的消息只在手机上，删除账号会把它们一并删除。请在手机上再次导出每个有新消息的聊天（WhatsApp 会把它们列在最上方），再用下方按钮导入文件并验证。</translation>
    </message>
    <message>
        <source>At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept one; the display name; the login of your Meta business portfolio; a payment method.</source>
        <translation>在您的服务提供商（其网站，或它给您的注册链接）添加号码。请准备好：开机的手机，以便通过短信或语音来电接收 6 位验证码；两步验证 PIN（如果您保留了）；显示名称；Meta 商务资产组合的登录信息；付款方式。</translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation>Meta 需要几分钟才能发布号码（太早注册会出现错误 133015）。</translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation>不要在手机上打开 WhatsApp 重新注册这个号码：号码会离开 API。</translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation>Play 商店 ▸ WhatsApp Business ▸ 更新。在 设置 ▸ 说明 ▸ 应用信息 中查看版本。</translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation>App Store ▸ WhatsApp Business ▸ 更新。在 设置 ▸ 说明 中查看版本。</translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation>WhatsApp 网页版和桌面版的工作阶段将被注销；请告知使用它们的员工。</translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts the history and contact sync within 24 hours, or the onboarding must be done again.</source>
        <translation>接入流程中，应用会请求共享聊天记录：点按“确认”，并确保服务商在 24 小时内开始同步记录和联系人，否则必须重新接入。</translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).</source>
        <translation>至少每 13 天在手机上打开一次 WhatsApp Business 应用（每周打开更稳妥）。</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation>WhatsApp 管理工具 ▸ 电话号码 ▸ 该号码 ▸ 两步验证 ▸ 关闭。</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation>WhatsApp 管理工具 ▸ 电话号码：显示名称显示为「已核准」。</translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation>商家设置 ▸ 付款（或供应商的门户网站）：已添加付款方式。</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation>每完成一个步骤就勾选。每次勾选都会连同时间记录在存档中。</translation>
    </message>
    <message>
        <source>Import the final exports…</source>
        <translation>导入最后的导出文件…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>立即验证</translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation>已于 {0} 完成。</translation>
    </message>
    <message>
        <source>The 5 minutes have passed: tick the wait, then register the number.</source>
        <translation>5 分钟已过：请勾选等待步骤，然后注册号码。</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>此操作无法复原</translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation>请在真正完成后才勾选：「{0}」。已完成吗？</translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation>商家就绪状态</translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation>Meta 或您的供应商会问的几个问题。尚不知道的可以先略过。</translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation>显示名称（顾客看得到）</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>商家法定名称</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation>隐私权政策网址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>商家验证</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已验证</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>审核中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未开始</translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation>供应商（解决方案合作伙伴）</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>供应商类型</translation>
    </message>
    <message>
        <source>Solution Partner</source>
        <translation>解决方案合作伙伴</translation>
    </message>
    <message>
        <source>Tech Provider</source>
        <translation>技术供应商</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Retail and shops</source>
        <translation>零售与商店</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Health clinic</source>
        <translation>医疗诊所</translation>
    </message>
    <message>
        <source>Beauty and wellness</source>
        <translation>美容与保健</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Travel and hotels</source>
        <translation>旅游与酒店</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>专业服务</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>金融服务</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地产</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>汽车</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>娱乐</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>非营利</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>酒类</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>烟草</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>枪支</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>毒品</translation>
    </message>
    <message>
        <source>Prescription medicine</source>
        <translation>处方药</translation>
    </message>
    <message>
        <source>Over-the-counter medicine</source>
        <translation>非处方药</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>医疗器械</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>博彩</translation>
    </message>
    <message>
        <source>Adult products</source>
        <translation>成人产品</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>交友</translation>
    </message>
    <message>
        <source>Cryptocurrency</source>
        <translation>加密货币</translation>
    </message>
    <message>
        <source>Multi-level marketing</source>
        <translation>多层次传销</translation>
    </message>
    <message>
        <source>Payday loans</source>
        <translation>发薪日贷款</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>债务催收</translation>
    </message>
    <message>
        <source>Live animals</source>
        <translation>活体动物</translation>
    </message>
    <message>
        <source>General-purpose AI assistant</source>
        <translation>通用型 AI 助手</translation>
    </message>
    <message>
        <source>Restricted or regulated by Meta&apos;s policy:</source>
        <translation>受 Meta 政策限制或管制：</translation>
    </message>
    <message>
        <source>The business already has a Meta business portfolio</source>
        <translation>企业已有 Meta 业务资产组合</translation>
    </message>
    <message>
        <source>No, it will be created</source>
        <translation>没有，将会创建</translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation>已添加付款方式</translation>
    </message>
    <message>
        <source>A phone menu (IVR) answers calls to this number</source>
        <translation>这个号码的来电由语音菜单（IVR）接听</translation>
    </message>
    <message>
        <source>Linked devices (WhatsApp Web, desktop, tablets)</source>
        <translation>已关联的设备（WhatsApp 网页版、桌面版、平板）</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 个以上</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): add them one by one, load a file, or paste them in TOML as in docs/profile-example.toml.</source>
        <translation>&lt;b&gt;范本&lt;/b&gt;（选填）：逐一添加、加载文件，或如 docs/profile-example.toml 所示以 TOML 格式粘贴。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>How customers agree to receive messages</source>
        <translation>顾客如何同意接收消息</translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation>WhatsApp Business 应用版本（设置 ▸ 说明）</translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation>消息范本（TOML）</translation>
    </message>
    <message>
        <source>Add a template…</source>
        <translation>添加范本…</translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation>从文件加载范本…</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>就绪检查结果</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>我还不知道</translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation>范本文件</translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation>TOML (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>无法读取文件：{0}</translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation>范本不是有效的 TOML：{0}</translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation>您的就绪报告</translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation>请保存并提供给您的供应商，并妥善保管存档。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>另存为网页…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>另存为 JSON…</translation>
    </message>
    <message>
        <source>Include the export file names (they usually contain customers&apos; names)</source>
        <translation>包含导出文件的文件名（通常含有顾客姓名）</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>已保存的报告</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>尚待完成的事项</translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation>打开存档浏览器</translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation>阅读及搜索已存档的聊天</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在生成报告…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n 项检查结果需要处理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n 个问题尚未回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>没有其他待办事项。</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>网页 (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>保存报告</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>正在保存报告</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;在 Android 上&lt;/b&gt;，每个聊天：打开聊天 ▸ 点击 ⋮（右上角）▸ &lt;i&gt;更多&lt;/i&gt; ▸ &lt;i&gt;导出聊天&lt;/i&gt; ▸ &lt;i&gt;包含媒体&lt;/i&gt;（或 &lt;i&gt;不含媒体&lt;/i&gt;）▸ 将文件保存到 Google 云端硬盘或以电子邮件寄给自己，再拷贝到这台电脑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation>&lt;b&gt;在 iPhone 上&lt;/b&gt;，每个聊天：打开聊天 ▸ 点击上方的联系人或群组名称 ▸ &lt;i&gt;导出聊天&lt;/i&gt; ▸ &lt;i&gt;附加媒体&lt;/i&gt;（或 &lt;i&gt;不含媒体&lt;/i&gt;）▸ &lt;i&gt;保存到「文件」&lt;/i&gt;或用 AirDrop 传到这台电脑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) or &lt;i&gt;Mail&lt;/i&gt; it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;在 iPhone 上&lt;/b&gt;，每个聊天：打开聊天 ▸ 点击上方的联系人或群组名称 ▸ &lt;i&gt;导出聊天&lt;/i&gt; ▸ &lt;i&gt;附加媒体&lt;/i&gt;（或 &lt;i&gt;不含媒体&lt;/i&gt;）▸ &lt;i&gt;保存到「文件」&lt;/i&gt;（iCloud 云盘）或用&lt;i&gt;邮件&lt;/i&gt;发给自己，再复制到这台电脑。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the phone, in one step&lt;/b&gt; (Android, WhatsApp or WhatsApp Business): turn on the &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; with the &lt;b&gt;64-digit key&lt;/b&gt; (not a password or passkey: those cannot be opened on a computer) and &lt;b&gt;write the key down&lt;/b&gt;, WhatsApp shows it once. Tap &lt;i&gt;Back up&lt;/i&gt;. Then connect the phone by USB and copy &lt;tt&gt;{0}&lt;/tt&gt; to this computer, and, if you want the photos and voice notes too, the &lt;tt&gt;Media&lt;/tt&gt; folder next to &lt;tt&gt;Databases&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;一次取得手机上的全部内容&lt;/b&gt;（Android，WhatsApp 或 WhatsApp Business）：用 &lt;b&gt;64 位密钥&lt;/b&gt;开启&lt;i&gt;端到端加密备份&lt;/i&gt;（不要用密码或通行密钥：那些无法在电脑上打开），并&lt;b&gt;把密钥记下&lt;/b&gt;，WhatsApp 只显示一次。点按&lt;i&gt;备份&lt;/i&gt;。然后用 USB 连接手机，把 &lt;tt&gt;{0}&lt;/tt&gt; 复制到这台电脑；如果也想要照片和语音消息，再复制 &lt;tt&gt;Databases&lt;/tt&gt; 旁边的 &lt;tt&gt;Media&lt;/tt&gt; 文件夹。</translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation>WhatsApp 在含媒体的导出中最多放入 &lt;b&gt;10,000 则最近的消息&lt;/b&gt;，不含媒体时最多 &lt;b&gt;40,000&lt;/b&gt; 则。较长的聊天请用两种方式各导出一次：wamigrate 每则消息只保留一份。</translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation>保护您的记录</translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation>从手机导出每个聊天，并保存在这台电脑上的加密存档中。</translation>
    </message>
    <message>
        <source>Everything from the phone (recommended): every chat, complete</source>
        <translation>手机上的全部内容（推荐）：每个聊天，完整无缺</translation>
    </message>
    <message>
        <source>Chats exported one by one</source>
        <translation>逐个导出的聊天</translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation>创建新的存档</translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation>打开我之前创建的存档</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>存档位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the iPhone, in one step&lt;/b&gt; (WhatsApp or WhatsApp Business): if WhatsApp&apos;s own &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat Backup): while it is on, the chats are not in the computer&apos;s backup. Then connect the iPhone to this computer and back it up: in &lt;b&gt;Finder&lt;/b&gt; on a Mac, or the &lt;b&gt;Apple Devices&lt;/b&gt; app (or iTunes) on Windows, choose &lt;i&gt;Back up all of the data on your iPhone to this computer&lt;/i&gt;, tick &lt;i&gt;Encrypt local backup&lt;/i&gt;, choose a password you will remember, and click &lt;i&gt;Back Up Now&lt;/i&gt;. When it has finished, choose the backup on the next page.</source>
        <translation>&lt;b&gt;一次取得 iPhone 上的全部内容&lt;/b&gt;（WhatsApp 或 WhatsApp Business）：如果 WhatsApp 自己备份到 iCloud 的&lt;i&gt;端到端加密备份&lt;/i&gt;已开启，请先关闭（WhatsApp ▸ 设置 ▸ 聊天 ▸ 聊天备份）：开启期间，聊天不会在电脑的备份中。然后将 iPhone 连接到这台电脑并备份：在 Mac 的 &lt;b&gt;Finder&lt;/b&gt;，或 Windows 的 &lt;b&gt;Apple 设备&lt;/b&gt;应用（或 iTunes）中，选择&lt;i&gt;将 iPhone 上的所有数据备份到这台电脑&lt;/i&gt;，勾选&lt;i&gt;加密本地备份&lt;/i&gt;，设置一个您记得住的密码，然后点按&lt;i&gt;立即备份&lt;/i&gt;。完成后，在下一页选择这个备份。</translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation>选择存档的存放位置</translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation>创建存档</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>存档状态</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>创建新的恢复密钥</translation>
    </message>
    <message>
        <source>Copy every chat from the phone&apos;s own backup, and keep them in an encrypted archive on this computer.</source>
        <translation>从手机本身的备份复制每个聊天，并保存在这台电脑上的加密归档中。</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>存档的存放位置</translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation>存档 (*.wamarchive)</translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation>选择存档文件夹（名称以 .wamarchive 结尾）</translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation>正在创建存档…（需要几秒）</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解锁…</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation>存档已解锁：{0}</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed while it was shown). Make a new recovery key and keep it before you go on: the old one stops working.</source>
        <translation>归档已解锁：{0}。它的恢复密钥从未确认已保存（显示密钥时窗口被关闭了）。请先创建新的恢复密钥并妥善保存再继续：旧的密钥将失效。</translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation>存档已创建：{0}</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the archive.</source>
        <translation>已创建新的恢复密钥；旧的密钥无法再打开归档。</translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation>请等待存档打开。</translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation>导入您的聊天</translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation>加入导出的聊天。您之后还可以从此页面或存档浏览器加入更多。</translation>
    </message>
    <message>
        <source>Choose the iPhone&apos;s newest backup and type its password if it is encrypted. Exported chats can be added too, now or later.</source>
        <translation>选择 iPhone 最新的备份，如已加密请输入其密码。导出的聊天也可以现在或以后添加。</translation>
    </message>
    <message>
        <source>Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats can be added too, now or later.</source>
        <translation>添加从手机复制的 msgstore.db.crypt15，并输入它的 64 位密钥。也可以添加导出的聊天，现在或稍后均可。</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>请等待导入完成，或取消导入。</translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation>检查与验证</translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation>确认您需要的每个聊天都在这里，然后验证存档：每一页、每则消息和每个文件都会重新读取。</translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation>存档中的聊天</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Double-click a chat to read it</source>
        <translation>双击聊天即可阅读</translation>
    </message>
    <message>
        <source>Rename the chat…</source>
        <translation>重命名聊天…</translation>
    </message>
    <message>
        <source>Give the selected chat a name that says who it is</source>
        <translation>为所选聊天取一个能看出对象的名称</translation>
    </message>
    <message>
        <source>Read the chat</source>
        <translation>阅读聊天</translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation>验证存档</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>验证进度</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation>正在计算聊天数…</translation>
    </message>
    <message>
        <source>Rename the chat</source>
        <translation>重命名聊天</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>“{0}”的新名称：</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation>{0} 个聊天，{1} 则消息。</translation>
    </message>
    <message>
        <source>All {0} chats of the phone&apos;s database {1} are here: first message {2}, last message {3}.</source>
        <translation>手机数据库 {1} 的全部 {0} 个聊天都在这里：第一条消息 {2}，最后一条消息 {3}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln 个聊天只来自导出；手机的数据库没有它们：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation>已在最后一次导入后验证。</translation>
    </message>
    <message>
        <source>Phone and exports</source>
        <translation>手机和导出</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在验证…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>已取消验证。</translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation>请等待验证完成。</translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation>WhatsApp（一般应用）</translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business 应用</translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation>已经在 API 上，并有供应商</translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation>尚未使用 WhatsApp</translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation>将您的号码转移到 WhatsApp Business Platform</translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation>wamigrate 会依安全的顺序一步步引导您完成转移：先将您的聊天备份到这台电脑上的加密存档，接着检查，之后检查列表才会开放无法复原的步骤。您可以随时关闭 wamigrate：下次会从您停下的地方继续。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history.&lt;/b&gt; On a full migration it does not move: deleting the app account loses every conversation on the phone unless it is backed up first. With coexistence the provider can copy up to 6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; For 24 hours after a customer&apos;s last message or call you can answer with ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those replies are charged per message past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; Meta, “Upcoming pricing updates”, updated 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates, broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;API 上有什么变化&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;聊天记录。&lt;/b&gt;完整迁移时不会带过去：删除应用账号会丢失手机上的所有对话，除非事先备份。使用共存时，服务商可在接入后 24 小时内一次复制最多 6 个月的一对一聊天（不含群组，媒体只含最近 14 天）：请把这个存档作为完整副本保存。（Meta，“Migrate an existing WhatsApp number”，2025 年 10 月 31 日更新；Meta，“Onboard WhatsApp Business app users”，2026 年 3 月 20 日更新）&lt;/li&gt;&lt;li&gt;&lt;b&gt;24 小时规则。&lt;/b&gt;在客户最后一条消息或通话后 24 小时内，您可以用普通消息回复；之后只能用预先批准的模板。自 2026 年 10 月 1 日起，这些回复超过每月免费额度后按条收费（服务商表示每个号码 1,000 条），没有付款方式时不会送达。（Meta，“Send messages”，2025 年 11 月 4 日更新；Meta，“Upcoming pricing updates”，2026 年 7 月 1 日更新）&lt;/li&gt;&lt;li&gt;&lt;b&gt;部分应用功能不会带过去：&lt;/b&gt;删除或转发消息、状态、广播列表（改用模板）、发送投票；群组仅限已验证品牌账号且最多 8 人；通话只能通过通话集成；共存模式下两者均不可用。回应和回复特定消息则可以使用。（Meta，“Groups API”，2026 年 6 月 16 日更新）&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation>&lt;b&gt;不确定该走哪条路？&lt;/b&gt;号码目前在哪里？</translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation>号码目前所在</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>采用建议</translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation>建议路线</translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation>&lt;b&gt;您要如何转移号码？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation>从应用删除账号，号码只在 API 上使用。</translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation>共存模式：保留 WhatsApp Business 应用</translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation>号码同时在 Business 应用和 API 上运作。</translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation>号码已经在 API 上；转移到另一个供应商。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的号码</translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation>您要转移的号码，以及它目前所在的位置。</translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation>号码所属国家</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>选择国家…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国家</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation>例如 139 1234 5678，或 +86 139 1234 5678</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>号码</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>号码检查</translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation>目前在</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手机</translation>
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
        <translation>我不知道</translation>
    </message>
    <message>
        <source>Two-step verification (a 6-digit PIN) is on</source>
        <translation>已打开两步验证（6 位数 PIN 码）</translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation>号码可接收短信</translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation>号码可接听语音来电</translation>
    </message>
    <message>
        <source>About the registration code</source>
        <translation>关于注册验证码</translation>
    </message>
    <message>
        <source>{0}: a {1} number in {2}.</source>
        <translation>{0}：位于{2}的{1}号码。</translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation>Meta 会通过短信或语音来电将注册验证码发送到号码，所以注册当天您必须能收到其中一种。</translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation>wamigrate — 转移您的 WhatsApp 号码</translation>
    </message>
    <message>
        <source>Close and continue later</source>
        <translation>关闭，稍后继续</translation>
    </message>
    <message>
        <source>Choose the language of wamigrate</source>
        <translation>选择 wamigrate 的语言</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation>导入正在进行中。要取消并关闭吗？存档会维持导入前的状态。</translation>
    </message>
    <message>
        <source>The recovery key is on screen and you have not typed its last group back yet. If you close now without keeping it, you will be asked to make a new one next time. Close anyway?</source>
        <translation>恢复密钥正显示在屏幕上，而你还没有输入它的最后一组。如果现在关闭而没有保存它，下次将需要创建新的密钥。仍要关闭吗？</translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation>要关闭助理吗？您的回答已保存（绝不包含密码短语）；下次会从这里继续。</translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation>关闭 wamigrate</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>所有消息</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln 则消息，{0}。于 {1} 从存档导出。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>（不在存档中）</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 页，共 {1} 页</translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation>依最后一则消息距今时间区分的顾客（切换时）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>系统语言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Not answered yet: {0}</source>
        <translation>尚未回答：{0}</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>请回答：{0}</translation>
    </message>
    <message>
        <source>the phone number, with its country code</source>
        <translation>含国码的电话号码</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a complete international number.</source>
        <translation>「{0}」不是完整的国际号码。</translation>
    </message>
    <message>
        <source>Meta registers only numbers with a country code and area code; short codes are not supported.</source>
        <translation>Meta 只注册含国码和区码的号码；不支持短码。</translation>
    </message>
    <message>
        <source>Enter the number with + and the country code, e.g. +44 7911 123456.</source>
        <translation>请输入 + 和国码开头的号码，例如 +86 139 1234 5678。</translation>
    </message>
    <message>
        <source>{0} is not a number in use in its country&apos;s numbering plan.</source>
        <translation>{0} 不是该国编码计划中使用中的号码。</translation>
    </message>
    <message>
        <source>Meta sends a code to the number; an invalid number cannot receive it.</source>
        <translation>Meta 会发送验证码到这个号码；无效的号码无法收到。</translation>
    </message>
    <message>
        <source>Check the digits and the country code.</source>
        <translation>请检查数字和国码。</translation>
    </message>
    <message>
        <source>{0} is a valid number ({1}).</source>
        <translation>{0} 是有效的号码（{1}）。</translation>
    </message>
    <message>
        <source>a landline</source>
        <translation>固定电话</translation>
    </message>
    <message>
        <source>a toll-free number</source>
        <translation>免费号码</translation>
    </message>
    <message>
        <source>a VoIP/virtual number</source>
        <translation>VoIP／虚拟号码</translation>
    </message>
    <message>
        <source>a premium-rate number</source>
        <translation>付费加值号码</translation>
    </message>
    <message>
        <source>a universal-access number</source>
        <translation>通用接入号码</translation>
    </message>
    <message>
        <source>a shared-cost number</source>
        <translation>分摊费用号码</translation>
    </message>
    <message>
        <source>a personal (forwarding) number</source>
        <translation>个人（转接）号码</translation>
    </message>
    <message>
        <source>a valid phone number</source>
        <translation>有效的电话号码</translation>
    </message>
    <message>
        <source>This is a pager number.</source>
        <translation>这是调用器号码。</translation>
    </message>
    <message>
        <source>Meta does not support pager numbers.</source>
        <translation>Meta 不支持调用器号码。</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>请使用移动电话号码。</translation>
    </message>
    <message>
        <source>This is {0}.</source>
        <translation>这是{0}。</translation>
    </message>
    <message>
        <source>Meta does not recommend such numbers for the registration code by SMS or by voice call (nor machine-to-machine numbers): the code may never arrive.</source>
        <translation>Meta 不建议此类号码通过短信或语音电话接收注册验证码（机器对机器号码亦同）：验证码可能永远收不到。</translation>
    </message>
    <message>
        <source>Register a mobile or landline number of the business instead, or test that a voice call reaches you.</source>
        <translation>改为注册企业的手机或固话号码，或测试语音电话能否打通。</translation>
    </message>
    <message>
        <source>Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.</source>
        <translation>Meta 不建议这类号码以短信接收注册验证码；语音来电可行。</translation>
    </message>
    <message>
        <source>Choose the voice-call option when Meta sends the code, and make sure a person can answer it.</source>
        <translation>Meta 发送验证码时请选择语音来电，并确保有人能接听。</translation>
    </message>
    <message>
        <source>A mobile number: it can receive the code by SMS or voice call.</source>
        <translation>移动电话号码：可以通过短信或语音来电接收验证码。</translation>
    </message>
    <message>
        <source>can the number receive SMS? voice calls?</source>
        <translation>号码能接收短信吗？语音来电呢？</translation>
    </message>
    <message>
        <source>The number can receive neither SMS nor voice calls.</source>
        <translation>这个号码既不能接收短信，也不能接听语音来电。</translation>
    </message>
    <message>
        <source>Meta proves you own the number with a code sent by SMS or voice call.</source>
        <translation>Meta 会以短信或语音来电发送验证码，证明号码属于您。</translation>
    </message>
    <message>
        <source>Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before registering.</source>
        <translation>注册前，请让号码能接收短信或语音来电（解除来电限制、关闭转接）。</translation>
    </message>
    <message>
        <source>The number can receive the registration code.</source>
        <translation>这个号码可以接收注册验证码。</translation>
    </message>
    <message>
        <source>does an IVR (phone menu) answer calls to this number?</source>
        <translation>这个号码的来电是否由 IVR（电话菜单）接听？</translation>
    </message>
    <message>
        <source>Calls to the number are answered by an IVR.</source>
        <translation>这个号码的来电由 IVR 接听。</translation>
    </message>
    <message>
        <source>The registration call must reach a person; IVR numbers that cannot receive it are not supported.</source>
        <translation>注册来电必须由真人接听；无法接收的 IVR 号码不受支持。</translation>
    </message>
    <message>
        <source>Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes from and allow-list them so the call reaches a person.</source>
        <translation>注册期间请关闭 IVR 和呼叫转移，或向 Meta 询问来电的号码并将其加入允许清单，让来电由真人接听。</translation>
    </message>
    <message>
        <source>No IVR answers the number.</source>
        <translation>没有 IVR 接听这个号码。</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>古巴</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>伊朗</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>朝鲜</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>叙利亚</translation>
    </message>
    <message>
        <source>the country of the business</source>
        <translation>商家所在的国家</translation>
    </message>
    <message>
        <source>The business or number is in {0}.</source>
        <translation>商家或号码位于{0}。</translation>
    </message>
    <message>
        <source>Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not eligible for the WhatsApp Business Platform.</source>
        <translation>位于古巴、伊朗、朝鲜、叙利亚，以及克里米亚、顿内茨克和卢甘斯克地区的商家，不符合 WhatsApp Business Platform 的资格。</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration.</source>
        <translation>这无法通过设置解决。</translation>
    </message>
    <message>
        <source>Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be located there).</source>
        <translation>地区 {0} 符合资格（无法从号码判断是否位于克里米亚、顿内茨克、卢甘斯克：商家不得位于这些地区）。</translation>
    </message>
    <message>
        <source>which WhatsApp app the number is on now</source>
        <translation>号码目前在哪个 WhatsApp 应用上</translation>
    </message>
    <message>
        <source>The number is not registered in a WhatsApp app.</source>
        <translation>这个号码没有注册在任何 WhatsApp 应用中。</translation>
    </message>
    <message>
        <source>WhatsApp Messenger</source>
        <translation>WhatsApp Messenger</translation>
    </message>
    <message>
        <source>the WhatsApp Business app</source>
        <translation>WhatsApp Business 应用</translation>
    </message>
    <message>
        <source>The number is still registered in {0}.</source>
        <translation>这个号码仍注册在 {0} 中。</translation>
    </message>
    <message>
        <source>A number cannot be on the API and in the app at once; chat history is not moved to the API.</source>
        <translation>号码不能同时在 API 和应用上；聊天记录不会转移到 API。</translation>
    </message>
    <message>
        <source>First back up every chat, then in the app: Settings &gt; Account &gt; Delete my account (checklist step).</source>
        <translation>先备份每个聊天，然后在应用中：设置 &gt; 账号 &gt; 删除我的账号（检查清单步骤）。</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app, which coexistence supports.</source>
        <translation>号码在 WhatsApp Business 应用上，共存模式支持此情况。</translation>
    </message>
    <message>
        <source>WhatsApp Messenger (personal)</source>
        <translation>WhatsApp Messenger（个人）</translation>
    </message>
    <message>
        <source>no WhatsApp app</source>
        <translation>没有任何 WhatsApp 应用</translation>
    </message>
    <message>
        <source>The number is on {0}.</source>
        <translation>号码在{0}上。</translation>
    </message>
    <message>
        <source>Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.</source>
        <translation>共存模式让 WhatsApp Business 应用与 API 并存；其他号码无法使用。</translation>
    </message>
    <message>
        <source>Choose the full-migration route, or move the number to the WhatsApp Business app first.</source>
        <translation>请选择完整迁移路线，或先将号码转到 WhatsApp Business 应用。</translation>
    </message>
    <message>
        <source>Reminder for cut-over day.</source>
        <translation>切换当天的提醒。</translation>
    </message>
    <message>
        <source>Registering too soon after deleting the app account fails with error 133015.</source>
        <translation>删除应用账号后太快注册，会出现错误 133015。</translation>
    </message>
    <message>
        <source>After deleting the account, wait at least 5 minutes before the provider registers the number.</source>
        <translation>删除账号后，至少等待 5 分钟，再由供应商注册号码。</translation>
    </message>
    <message>
        <source>the Business app version</source>
        <translation>Business 应用的版本</translation>
    </message>
    <message>
        <source>the provider&apos;s partner type</source>
        <translation>供应商的合作伙伴类型</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>the Business app is version {0} (2.24.17 or newer is needed)</source>
        <translation>Business 应用版本为 {0}（需要 2.24.17 或更新版本）</translation>
    </message>
    <message>
        <source>the provider is neither a Solution Partner nor a Tech Provider</source>
        <translation>供应商既不是解决方案合作伙伴，也不是技术供应商</translation>
    </message>
    <message>
        <source>Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.</source>
        <translation>Meta 只通过解决方案合作伙伴和技术供应商，在较新的应用版本上提供共存模式。</translation>
    </message>
    <message>
        <source>Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.</source>
        <translation>请更新 WhatsApp Business 应用；选择解决方案合作伙伴或技术供应商作为供应商。</translation>
    </message>
    <message>
        <source>App version and provider support coexistence.</source>
        <translation>应用版本和供应商支持共存模式。</translation>
    </message>
    <message>
        <source>Providers also report that the number must have been used in the Business app for at least 7 days before onboarding, and Meta&apos;s Embedded Signup v2 stopped working on 15 Oct 2026: a provider still using it cannot onboard anyone.</source>
        <translation>服务商也表示，号码必须在接入前于 Business 应用中使用至少 7 天；而 Meta 的 Embedded Signup v2 已于 2026 年 10 月 15 日停止运行：仍在使用它的服务商无法为任何人接入。</translation>
    </message>
    <message>
        <source>Use the Business app for a week before onboarding, and ask the provider which signup version it uses.</source>
        <translation>接入前先使用 Business 应用一周，并询问服务商使用哪个注册版本。</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>电话号码</translation>
    </message>
    <message>
        <source>The number&apos;s country code is +{0}.</source>
        <translation>这个号码的国码是 +{0}。</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers.</source>
        <translation>尼日利亚（+234）和南非（+27）的号码无法使用共存模式。</translation>
    </message>
    <message>
        <source>Use the full-migration route for this number.</source>
        <translation>这个号码请使用完整迁移路线。</translation>
    </message>
    <message>
        <source>Coexistence is available for +{0}.</source>
        <translation>+{0} 可以使用共存模式。</translation>
    </message>
    <message>
        <source>Good to know.</source>
        <translation>值得了解。</translation>
    </message>
    <message>
        <source>A coexistence number sends at most 20 messages per second (80 normally).</source>
        <translation>共存模式的号码每秒最多发送 20 则消息（一般为 80 则）。</translation>
    </message>
    <message>
        <source>Plan the onboarding day.</source>
        <translation>请规划加入当天。</translation>
    </message>
    <message>
        <source>The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during onboarding, and the provider must start the history and contact sync within 24 hours of it, or you have to leave and redo the onboarding. Media older than 14 days is not included.</source>
        <translation>服务商可一次复制最多 180 天的一对一聊天（不含群组）；您在接入流程中点按“确认”，服务商必须在之后 24 小时内开始同步记录和联系人，否则您必须退出并重新接入。超过 14 天的媒体不包含在内。</translation>
    </message>
    <message>
        <source>Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts the sync the same day.</source>
        <translation>把这个存档作为完整副本保存；在接入流程中点按“确认”，并确保服务商当天开始同步。</translation>
    </message>
    <message>
        <source>The number joins an existing business portfolio and gets its messaging limit at once.</source>
        <translation>号码加入现有的业务资产组合，并立即获得其消息上限。</translation>
    </message>
    <message>
        <source>The limit belongs to the business portfolio and is shared by all of its numbers.</source>
        <translation>上限属于业务资产组合，由其所有号码共享。</translation>
    </message>
    <message>
        <source>Other numbers&apos; templates use up the same limit: plan the first day with that in mind.</source>
        <translation>其他号码的模板会用掉同一个上限：规划第一天时要考虑这一点。</translation>
    </message>
    <message>
        <source>does the business already have a Meta business portfolio?</source>
        <translation>企业是否已有 Meta 业务资产组合？</translation>
    </message>
    <message>
        <source>A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to 2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 customers reached in 30 days with high-quality templates) and a review of message quality.</source>
        <translation>新的业务资产组合在 24 小时窗口外从每天 250 位客户开始。完成三种扩展途径之一（企业验证、合作伙伴主导的验证，或 30 天内用高质量模板联系 2,000 位客户）并经消息质量审核后，Meta 会将其提高到 2,000。</translation>
    </message>
    <message>
        <source>New portfolio, verified business: 250 customers a day at first, 2,000 after Meta&apos;s quality review.</source>
        <translation>新的组合、已验证的企业：起初每天 250 位客户，经 Meta 质量审核后 2,000 位。</translation>
    </message>
    <message>
        <source>A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window.</source>
        <translation>新的业务资产组合，尚未验证：24 小时窗口外每天 250 位客户。</translation>
    </message>
    <message>
        <source>Complete business verification (or partner-led verification) before the cut-over, or spread the first templates over several days.</source>
        <translation>在切换前完成企业验证（或合作伙伴主导的验证），或把第一批模板分几天发送。</translation>
    </message>
    <message>
        <source>it needs a copy-code or one-tap button</source>
        <translation>需要“复制验证码”或“一键”按钮</translation>
    </message>
    <message>
        <source>its body must be Meta&apos;s preset text (&apos;{{1}} is your verification code.&apos;)</source>
        <translation>正文必须是 Meta 的预设文字（&apos;{{1}} is your verification code.&apos;）</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates are its preset code message with a copy-code or one-tap button; a custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a username (error 131062).</source>
        <translation>Meta 的验证模板是其预设的验证码消息，搭配“复制验证码”或“一键”按钮；自定义文字、链接、媒体或表情符号都会被拒绝。这类模板无法发给只有用户名的客户（错误 131062）。</translation>
    </message>
    <message>
        <source>Create the template from Meta&apos;s authentication preset and add a copy-code or one-tap button.</source>
        <translation>用 Meta 的验证预设创建模板，并添加“复制验证码”或“一键”按钮。</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 (error 131049); Canadian numbers are not affected.</source>
        <translation>自 2025 年 4 月 1 日起，营销模板不会送达美国号码（+1 加美国区号）（错误 131049）；加拿大号码不受影响。</translation>
    </message>
    <message>
        <source>Plan utility templates (or replies inside the 24-hour window) for US customers.</source>
        <translation>为美国客户规划实用模板（或在 24 小时窗口内回复）。</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>您有 %n 位客户使用美国号码：营销模板无法送达他们。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s customers has a US number.</source>
        <translation>存档中的客户都没有美国号码。</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n 个营销模板，且企业位于美国：其多数客户可能使用美国号码。</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing templates reach your customers unless they have US numbers.</source>
        <translation>营销模板会送达您的客户，除非他们使用美国号码。</translation>
    </message>
    <message>
        <source>how many linked devices (WhatsApp Web, desktop) the app has</source>
        <translation>应用有多少个已链接的设备（WhatsApp 网页版、桌面版）</translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n 个已链接的设备。</numerusform>
        </translation>
    </message>
    <message>
        <source>All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.</source>
        <translation>加入时所有已链接的设备都会被取消链接；不支持 Windows 版 WhatsApp 和 WearOS。</translation>
    </message>
    <message>
        <source>Tell the staff who use them; re-link them after onboarding.</source>
        <translation>请告知使用它们的员工；加入后再重新链接。</translation>
    </message>
    <message>
        <source>No linked devices.</source>
        <translation>没有已链接的设备。</translation>
    </message>
    <message>
        <source>is two-step verification on for the number?</source>
        <translation>这个号码是否打开了两步验证？</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>两步验证已打开。</translation>
    </message>
    <message>
        <source>Moving a number between providers fails while two-step verification is on (error 2388001).</source>
        <translation>打开两步验证时，在供应商之间转移号码会失败（错误 2388001）。</translation>
    </message>
    <message>
        <source>Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio&apos;s address); there is no API for it.</source>
        <translation>请在 WhatsApp 管理工具中关闭（电子邮件链接会寄到资产组合的地址）；没有 API 可用。</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>两步验证已关闭。</translation>
    </message>
    <message>
        <source>Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.</source>
        <translation>每个号码在 72 小时内最多尝试注册和取消注册 10 次；超过后封锁 72 小时。</translation>
    </message>
    <message>
        <source>Do not retry registration in a loop; check the error and wait as it says.</source>
        <translation>不要反复重试注册；请查看错误并依指示等待。</translation>
    </message>
    <message>
        <source>the display name you will ask Meta for</source>
        <translation>您将向 Meta 申请的显示名称</translation>
    </message>
    <message>
        <source>it is a generic term</source>
        <translation>这是通用词</translation>
    </message>
    <message>
        <source>it mentions WhatsApp, Meta or their apps</source>
        <translation>提到了 WhatsApp、Meta 或它们的应用</translation>
    </message>
    <message>
        <source>it claims to be official or verified</source>
        <translation>自称官方或已验证</translation>
    </message>
    <message>
        <source>it looks like a web or e-mail address</source>
        <translation>看起来像网址或电子邮件地址</translation>
    </message>
    <message>
        <source>it reads as advertising</source>
        <translation>看起来像广告</translation>
    </message>
    <message>
        <source>Meta rejects display names that do not plainly name the business.</source>
        <translation>Meta 会拒绝无法清楚表示商家名称的显示名称。</translation>
    </message>
    <message>
        <source>Use the name customers know the business by, e.g. &apos;Fresh Produce&apos; or &apos;Fruit Snacks by Fresh Produce&apos;.</source>
        <translation>请使用顾客熟知的商家名称，例如「鲜果坊」或「鲜果坊水果点心」。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names the business.</source>
        <translation>「{0}」是商家的名称。</translation>
    </message>
    <message>
        <source>the display name and the legal name of the business</source>
        <translation>商家的显示名称和法定名称</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shares words with the legal name &apos;{1}&apos;.</source>
        <translation>「{0}」与法定名称「{1}」有共同的字词。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no word in common with the legal name &apos;{1}&apos;.</source>
        <translation>「{0}」与法定名称「{1}」没有任何共同的字词。</translation>
    </message>
    <message>
        <source>Meta asks for a clear relationship to the legal name, or to branding shown on the website.</source>
        <translation>Meta 要求与法定名称，或与网站上显示的品牌有明确关联。</translation>
    </message>
    <message>
        <source>Show &apos;{0}&apos; on the business website, or use &apos;{1} by {2}&apos;.</source>
        <translation>请在商家网站上显示「{0}」，或使用「{2} 的 {1}」。</translation>
    </message>
    <message>
        <source>it has fewer than 3 characters</source>
        <translation>少于 3 个字符</translation>
    </message>
    <message>
        <source>it is all capitals</source>
        <translation>全部是大写</translation>
    </message>
    <message>
        <source>it contains emoji</source>
        <translation>含有表情符号</translation>
    </message>
    <message>
        <source>it contains symbols</source>
        <translation>含有符号</translation>
    </message>
    <message>
        <source>it has double spaces</source>
        <translation>有连续两个空格</translation>
    </message>
    <message>
        <source>Meta&apos;s formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.</source>
        <translation>Meta 的格式准则要求一般的大小写、不含表情符号或符号、至少 3 个字符。</translation>
    </message>
    <message>
        <source>Write the name as in normal text, e.g. &apos;Casa Verde&apos; rather than &apos;CASA VERDE ✨&apos;.</source>
        <translation>请以一般文本的方式书写名称，例如用「Casa Verde」而不是「CASA VERDE ✨」。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is formatted as Meta expects.</source>
        <translation>「{0}」符合 Meta 要求的格式。</translation>
    </message>
    <message>
        <source>the business category</source>
        <translation>商家类别</translation>
    </message>
    <message>
        <source>Category: {0}.</source>
        <translation>类别：{0}。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s Business Messaging Policy does not allow businesses to buy, sell or promote this through WhatsApp, whatever their licences.</source>
        <translation>WhatsApp 商业消息政策不允许商家通过 WhatsApp 购买、销售或推广此类商品，无论其是否有执照。</translation>
    </message>
    <message>
        <source>Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.</source>
        <translation>可能只能发送与这些商品或服务无关的消息；迁移前请先询问供应商。</translation>
    </message>
    <message>
        <source>Category: {0} (a regulated vertical).</source>
        <translation>类别：{0}（受管制的产业）。</translation>
    </message>
    <message>
        <source>Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; online gambling needs Meta&apos;s prior written permission.</source>
        <translation>仅限在平台上、仅限列出的国家、不可使用商务功能、绝不对未满 18 岁者；在线博弈需要 Meta 事先书面许可。</translation>
    </message>
    <message>
        <source>Confirm with the provider that your country is on Meta&apos;s list (and get permission for gambling).</source>
        <translation>请与供应商确认您的国家在 Meta 的清单上（博弈需取得许可）。</translation>
    </message>
    <message>
        <source>how customers agree to receive WhatsApp messages from the business</source>
        <translation>顾客如何同意接收商家的 WhatsApp 消息</translation>
    </message>
    <message>
        <source>No opt-in is collected.</source>
        <translation>没有收集任何同意。</translation>
    </message>
    <message>
        <source>The API may message only customers who agreed to receive messages from the business.</source>
        <translation>API 只能传讯给已同意接收商家消息的顾客。</translation>
    </message>
    <message>
        <source>Collect opt-in (website form, SMS, in person or on paper) stating the business&apos;s name.</source>
        <translation>请收集注明商家名称的同意（网站表单、短信、当面或纸本）。</translation>
    </message>
    <message>
        <source>Opt-in: {0}.</source>
        <translation>同意方式：{0}。</translation>
    </message>
    <message>
        <source>No verified archive of the chats yet.</source>
        <translation>尚无已验证的聊天存档。</translation>
    </message>
    <message>
        <source>Deleting the app account deletes the chat history; the API does not receive it.</source>
        <translation>删除应用账号会删除聊天记录；API 不会收到它。</translation>
    </message>
    <message>
        <source>Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).</source>
        <translation>导出每个聊天，将导出档导入存档并加以验证（wamigrate import、wamigrate verify）。</translation>
    </message>
    <message>
        <source>The archive has not passed verification since the last import.</source>
        <translation>最后一次导入后，存档尚未通过验证。</translation>
    </message>
    <message>
        <source>Only a verified archive is a proven copy of the history.</source>
        <translation>只有通过验证的存档才是经过证实的记录副本。</translation>
    </message>
    <message>
        <source>Run &apos;Verify archive&apos; (wamigrate verify) and fix what it reports.</source>
        <translation>请运行「验证存档」（wamigrate verify），并修正它回报的问题。</translation>
    </message>
    <message>
        <source>Verified archive with {0} messages.</source>
        <translation>已验证的存档，共 {0} 则消息。</translation>
    </message>
    <message>
        <source>No templates to check.</source>
        <translation>没有要检查的范本。</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>已检查 %n 个范本。</numerusform>
        </translation>
    </message>
    <message>
        <source>the name must be lowercase letters, digits and _</source>
        <translation>名称只能包含小写字母、数字和 _</translation>
    </message>
    <message>
        <source>Meta rejects other template names.</source>
        <translation>Meta 会拒绝其他范本名称。</translation>
    </message>
    <message>
        <source>Rename, e.g. &apos;order_ready&apos;.</source>
        <translation>请重命名，例如「order_ready」。</translation>
    </message>
    <message>
        <source>header has {0} characters (60 at most)</source>
        <translation>页眉有 {0} 个字符（最多 60 个）</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>内文是空的</translation>
    </message>
    <message>
        <source>body has {0} characters (1,024 at most)</source>
        <translation>内文有 {0} 个字符（最多 1,024 个）</translation>
    </message>
    <message>
        <source>footer has {0} characters (60 at most)</source>
        <translation>页脚有 {0} 个字符（最多 60 个）</translation>
    </message>
    <message>
        <source>{0} buttons (10 at most)</source>
        <translation>{0} 个按钮（最多 10 个）</translation>
    </message>
    <message>
        <source>button &apos;{0}&apos; is longer than 25 characters</source>
        <translation>按钮「{0}」超过 25 个字符</translation>
    </message>
    <message>
        <source>the header has more than one parameter</source>
        <translation>页眉有多于一个参数</translation>
    </message>
    <message>
        <source>Meta rejects templates over these limits.</source>
        <translation>Meta 会拒绝超过这些上限的范本。</translation>
    </message>
    <message>
        <source>Shorten the parts named.</source>
        <translation>请缩短所列的部分。</translation>
    </message>
    <message>
        <source>parameters must be {{1}}, {{2}}... or lowercase names</source>
        <translation>参数必须是 {{1}}、{{2}}……或小写名称</translation>
    </message>
    <message>
        <source>parameters {0} are not 1, 2, 3... without gaps</source>
        <translation>参数 {0} 不是连续的 1、2、3……</translation>
    </message>
    <message>
        <source>{0} parameters but {1} sample values</source>
        <translation>{0} 个参数，但只有 {1} 个范例值</translation>
    </message>
    <message>
        <source>Meta requires positional parameters in order from 1, and a sample value for each.</source>
        <translation>Meta 要求从 1 开始依序编号的参数，且每个参数都有范例值。</translation>
    </message>
    <message>
        <source>Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.</source>
        <translation>请依序将参数编号为 {{1}}、{{2}}……，并为每个参数提供一个范例值。</translation>
    </message>
    <message>
        <source>the body starts or ends with a parameter</source>
        <translation>内文以参数开头或结尾</translation>
    </message>
    <message>
        <source>two parameters are next to each other</source>
        <translation>两个参数相邻</translation>
    </message>
    <message>
        <source>a sample value contains #, $ or %</source>
        <translation>范例值含有 #、$ 或 %</translation>
    </message>
    <message>
        <source>These are among Meta&apos;s most common reasons to reject a template.</source>
        <translation>这些是 Meta 拒绝范本最常见的原因之一。</translation>
    </message>
    <message>
        <source>Put words before the first and after the last parameter; separate parameters with words.</source>
        <translation>在第一个参数前和最后一个参数后加上文本；参数之间用文本隔开。</translation>
    </message>
    <message>
        <source>authentication templates cannot contain links</source>
        <translation>验证范本不能含有链接</translation>
    </message>
    <message>
        <source>authentication templates cannot carry media</source>
        <translation>验证范本不能附带媒体</translation>
    </message>
    <message>
        <source>authentication templates cannot contain emoji</source>
        <translation>验证范本不能含有表情符号</translation>
    </message>
    <message>
        <source>No marketing templates.</source>
        <translation>没有行销范本。</translation>
    </message>
    <message>
        <source>Enter an access token for the WhatsApp Business Account.</source>
        <translation>请输入 WhatsApp Business 账号的访问权杖。</translation>
    </message>
    <message>
        <source>Meta did not answer within {0} seconds. Check the connection and try again.</source>
        <translation>Meta 在 {0} 秒内没有回应。请检查连接后再试一次。</translation>
    </message>
    <message>
        <source>No internet connection: Meta could not be reached within {0} seconds. Check the connection and try again.</source>
        <translation>没有互联网连接：{0} 秒内无法连接 Meta。请检查连接后重试。</translation>
    </message>
    <message>
        <source>Could not reach Meta ({0}). Check the internet connection and try again.</source>
        <translation>无法连接到 Meta（{0}）。请检查网络连接后再试一次。</translation>
    </message>
    <message>
        <source>The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a proxy or a firewall?). Connect to the internet directly and try again.</source>
        <translation>这个响应不是来自 Meta，而是一个网页（Wi-Fi 登录页、代理服务器或防火墙？）。请直接连接互联网后重试。</translation>
    </message>
    <message>
        <source>Meta&apos;s answers took too long (more than {0} seconds in all); the check stopped.</source>
        <translation>Meta 的响应太慢（总共超过 {0} 秒），检查已停止。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not a list as expected; the check stopped.</source>
        <translation>Meta 的响应不是预期的列表，检查已停止。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer repeated the same page; the check stopped.</source>
        <translation>Meta 的响应重复了同一页，检查已停止。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer went on for more than {0} pages; the check stopped.</source>
        <translation>Meta 的响应超过 {0} 页，检查已停止。</translation>
    </message>
    <message>
        <source>That is not an access token: a token is one line of letters and digits, without spaces (it usually starts with EAA). Check that the token file holds only the token.</source>
        <translation>这不是访问令牌：令牌是一行不含空格的字母和数字（通常以 EAA 开头）。请确认令牌文件里只有令牌。</translation>
    </message>
    <message>
        <source>The answer was far larger than any answer from Meta (over {0} MB); the check stopped.</source>
        <translation>这个响应远大于 Meta 的任何响应（超过 {0} MB），检查已停止。</translation>
    </message>
    <message>
        <source> Meta said: {0}</source>
        <translation> Meta 表示：{0}</translation>
    </message>
    <message>
        <source>The access token has expired. Make a new one in Meta Business Suite (System users) and try again.</source>
        <translation>访问权杖已过期。请在 Meta Business Suite（系统用户）中创建新的权杖后再试一次。</translation>
    </message>
    <message>
        <source>The access token stopped working because the password of its user changed. Make a new one.</source>
        <translation>访问权杖已失效，因为其用户的密码已变更。请创建新的权杖。</translation>
    </message>
    <message>
        <source>Meta does not accept this access token (revoked or mistyped). Make a new one and try again.</source>
        <translation>Meta 不接受此访问权杖（已撤销或输入错误）。请创建新的权杖后再试一次。</translation>
    </message>
    <message>
        <source>The access token may not read this WhatsApp Business Account: it needs the whatsapp_business_management permission and access to the account.</source>
        <translation>此访问权杖无法读取这个 WhatsApp Business 账号：它需要 whatsapp_business_management 权限和该账号的访问权。</translation>
    </message>
    <message>
        <source>Meta is limiting calls right now. Wait a few minutes and try again.</source>
        <translation>Meta 目前正在限制调用。请等几分钟后再试一次。</translation>
    </message>
    <message>
        <source>Meta does not know this account or field: check the WhatsApp Business Account ID.</source>
        <translation>Meta 不认得这个账号或字段：请检查 WhatsApp Business 账号 ID。</translation>
    </message>
    <message>
        <source>Meta&apos;s service is failing right now (HTTP {0}). Try again later.</source>
        <translation>Meta 的服务目前发生故障（HTTP {0}）。请稍后再试。</translation>
    </message>
    <message>
        <source>Meta refused the request (HTTP {0}).</source>
        <translation>Meta 拒绝了这个请求（HTTP {0}）。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not about this WhatsApp Business Account; the check stopped.</source>
        <translation>Meta 的响应与这个 WhatsApp Business 账户无关，检查已停止。</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).</source>
        <translation>WhatsApp Business 账号 ID 是一串数字（WhatsApp 管理工具 ▸ 账号工具 ▸ 账号详细数据）。</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not keep the token ({0}); it stays in memory until you close wamigrate.</source>
        <translation>这台电脑的钥匙圈无法保存权杖（{0}）；权杖会保留在内存中，直到您关闭 wamigrate。</translation>
    </message>
    <message>
        <source>Check with Meta (optional, online)</source>
        <translation>向 Meta 检查（选用，需连接）</translation>
    </message>
    <message>
        <source>If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: the number&apos;s registration, display name, quality and messaging limit, and each template&apos;s review. This goes online to Meta with your access token; nothing else leaves this computer.</source>
        <translation>如果商家已有 WhatsApp Business 账号，wamigrate 可以向 Meta 询问它所知道的信息：号码的注册状态、显示名称、品质和消息上限，以及每个范本的审查结果。这会使用您的访问权杖连接到 Meta；其他数据都不会离开这台电脑。</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>WhatsApp Business 账号 ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>访问权杖</translation>
    </message>
    <message>
        <source>From Meta Business Suite ▸ System users, or from your provider</source>
        <translation>从 Meta Business Suite ▸ 系统用户取得，或向您的供应商索取</translation>
    </message>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>将权杖保存在这台电脑的钥匙圈中</translation>
    </message>
    <message>
        <source>Check with Meta</source>
        <translation>向 Meta 检查</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>取消检查</translation>
    </message>
    <message>
        <source>Live check status</source>
        <translation>即时检查状态</translation>
    </message>
    <message>
        <source>Enter the account ID and an access token first.</source>
        <translation>请先输入账号 ID 和访问权杖。</translation>
    </message>
    <message>
        <source>Asking Meta…</source>
        <translation>正在询问 Meta…</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>未检查：检查已取消。</translation>
    </message>
    <message>
        <source>Not checked: {0}</source>
        <translation>未检查：{0}</translation>
    </message>
    <message>
        <source>Checked with Meta at {0} (UTC).</source>
        <translation>已于 {0}（UTC）向 Meta 检查。</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>未读取：{0}。</translation>
    </message>
    <message>
        <source>%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as �. Export the chat again if those messages matter.</source>
        <translation>此导出档有 %n 个字节不是有效的 UTF-8（文件在该处已损坏）；每个都显示为 �。如果那些消息很重要，请重新导出聊天。</translation>
    </message>
    <message>
        <source>This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right.</source>
        <translation>此导出档不是 UTF-8 文本；已用 {0} 读取。请检查名称和带重音的字母是否正确。</translation>
    </message>
    <message>
        <source>The dates in this export could be read either way (day before month, or month before day). Check the dates, and choose the order if they are wrong.</source>
        <translation>此导出档中的日期有两种读法（日在月前，或月在日前）。请检查日期，若有误请选择顺序。</translation>
    </message>
    <message>
        <source>%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, and the order of the file. Check the years there.</source>
        <translation>第 {0} 行到第 {1} 行之间有 %n 条消息没有写年份；年份取自写了年份的消息及文件顺序。请检查那些年份。</translation>
    </message>
    <message>
        <source>This old export does not write years; years were counted back from the export&apos;s date, starting in {0}.</source>
        <translation>这个旧的导出档没有写年份；年份是从导出日期往回推算，从 {0} 年开始。</translation>
    </message>
    <message>
        <source>This message&apos;s time is written &apos;{0}&apos;, which does not exist (a 24-hour time with AM or PM); it was read as {1}.</source>
        <translation>这条消息的时间写成“{0}”，并不存在（24 小时制时间加上 AM 或 PM）；已读作 {1}。</translation>
    </message>
    <message>
        <source>This line starts like a message but its date or time is impossible (&apos;{0}&apos;); it was kept as part of the message before it.</source>
        <translation>这一行看起来像消息的开头，但其日期或时间不可能（&apos;{0}&apos;）；已保留为前一则消息的一部分。</translation>
    </message>
    <message>
        <source>%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported.</source>
        <translation>第一则消息之前有 %n 行（第 {0} 行到第 {1} 行）不属于任何消息；未导入。</translation>
    </message>
    <message>
        <source>The chat refers to %n media file(s), but none of them is next to it: this export was made without media, or the files were not copied.</source>
        <translation>聊天提到 %n 个媒体文件，但没有任何一个在旁边：此导出档是不含媒体导出的，或文件没有拷贝过来。</translation>
    </message>
    <message>
        <source>%n media file(s) the chat refers to are not in the export: {0}</source>
        <translation>聊天提到的 %n 个媒体文件不在导出档中：{0}</translation>
    </message>
    <message>
        <source>%n media file(s) in the export are not mentioned by any message: {0}</source>
        <translation>导出档中有 %n 个媒体文件没有被任何消息提到：{0}</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} with media: older messages were probably left out. Export it again without media to get up to 40,000 messages.</source>
        <translation>此聊天有 {0} 则消息，接近 WhatsApp 含媒体导出的上限 {1} 则：较旧的消息可能没有包含在内。请不含媒体再导出一次，最多可取得 40,000 则消息。</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} without media: older messages were probably left out. WhatsApp cannot export more; keep the phone&apos;s own backup too.</source>
        <translation>此聊天有 {0} 则消息，接近 WhatsApp 不含媒体导出的上限 {1} 则：较旧的消息可能没有包含在内。WhatsApp 无法导出更多；也请保留手机本身的备份。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: its path points outside the export.</source>
        <translation>已略过 zip 成员「{0}」：其路径指向导出档之外。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is a symbolic link.</source>
        <translation>已略过 zip 成员「{0}」：这是符号链接。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it would expand to an implausible size.</source>
        <translation>已略过 zip 成员「{0}」：解压后会变成不合理的大小。</translation>
    </message>
    <message>
        <source>The zip holds &apos;{0}&apos; twice; the first copy was used.</source>
        <translation>zip 中有两个「{0}」；已使用第一个。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is password-protected.</source>
        <translation>已略过 zip 成员「{0}」：受密码保护。</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>已略过 {0}：{1}</translation>
    </message>
    <message>
        <source>Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} were left out.</source>
        <translation>第 {0} 行远长于任何 WhatsApp 消息：保留了前 {2} 个字符，其余 {1} 个已略去。</translation>
    </message>
    <message>
        <source>The media file &apos;{0}&apos; could not be read ({1}); its message was kept without it.</source>
        <translation>无法读取媒体文件“{0}”（{1}），其消息已保留，但不含该文件。</translation>
    </message>
    <message>
        <source>%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders.</source>
        <translation>%n 条 wamigrate 尚不认识的类型（类型 {0}）的消息已保留为占位符。</translation>
    </message>
    <message>
        <source>%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders.</source>
        <translation>%n 条 wamigrate 尚不认识的聊天通知（编号 {0}）已保留为占位符。</translation>
    </message>
    <message>
        <source>%n status update(s) were left out: they are not part of a chat.</source>
        <translation>略过了 %n 条状态更新：它们不属于任何聊天。</translation>
    </message>
    <message>
        <source>%n media file(s) the phone&apos;s messages name are not in the Media folder you chose: {0}. Their messages are kept; add the folder again once they are copied.</source>
        <translation>手机消息提到的 %n 个媒体文件不在你选择的 Media 文件夹中：{0}。消息已保留；复制好后再添加一次文件夹。</translation>
    </message>
    <message>
        <source>%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were sent); they were stored as they are now.</source>
        <translation>文件夹中有 %n 个媒体文件与 WhatsApp 的记录不同（发送后在手机上被修改过）；已按现在的样子保存。</translation>
    </message>
    <message>
        <source>%n media file(s) the iPhone&apos;s messages name are not in its backup (the phone had removed them, or kept them only in iCloud): {0}. Their messages are kept.</source>
        <translation>iPhone 消息提到的 %n 个媒体文件不在其备份中（手机已将其删除，或只存放在 iCloud）：{0}。消息本身仍保留。</translation>
    </message>
    <message>
        <source>From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: the messages and calls themselves are all there. Chat exports of the same chats carry none of these either.</source>
        <translation>从 iPhone 备份，这个版本的 wamigrate 还不会读取表情回应、投票选项或编辑标记：消息和通话本身都在。相同聊天的导出文件也不含这些内容。</translation>
    </message>
    <message>
        <source>From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options are read): the messages and calls themselves are all there.</source>
        <translation>从 iPhone 备份中，wamigrate 尚未读取编辑标记和投票结果（会读取表情回应和投票选项）：消息和通话本身都完整保留。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer&apos;s backup: in WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on the computer again.</source>
        <translation>这个 iPhone 备份中的 WhatsApp 数据库没有任何消息。如果聊天在手机上，WhatsApp 自己的 iCloud 端到端加密备份可能已开启，让聊天不被纳入电脑的备份：请在 WhatsApp 中前往“设置 ▸ 聊天 ▸ 聊天备份 ▸ 端到端加密备份”将其关闭，然后在电脑上重新备份 iPhone。</translation>
    </message>
    <message>
        <source>This database lacks what holds {0}, so those were not read; its messages are all in the archive without them.</source>
        <translation>这个数据库缺少存储{0}的部分，因此未读取这些内容；所有消息都已在存档中，只是不含这些内容。</translation>
    </message>
    <message>
        <source>A phone&apos;s backup holds the names of groups but not of people: customers are shown by their number. Add the phone&apos;s contacts (a .vcf or .csv file, or WhatsApp&apos;s wa.db) to see their names.</source>
        <translation>手机备份保存了群组名称，但没有人名：客户以电话号码显示。添加手机的联系人（.vcf 或 .csv 文件，或 WhatsApp 的 wa.db）即可看到他们的名字。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has damaged cipher settings. Restore keys.json from a backup of the archive folder.</source>
        <translation>归档的密钥文件（keys.json）中的加密设置已损坏。请从归档文件夹的备份恢复 keys.json。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a backup of the archive folder.</source>
        <translation>归档的密钥文件（keys.json）中有一项加密设置已损坏（{0}）。请从归档文件夹的备份恢复 keys.json。</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some space on that disk and try again; nothing in the archive was changed.</source>
        <translation>存放归档的磁盘（{0}）已满，wamigrate 无法处理这个归档。请在该磁盘上释放一些空间后重试；归档中没有任何更改。</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) could not be read or written (an input/output error). Check that the disk or stick is still connected and working, then try again; if it happens again, copy the archive folder to another disk. Nothing in the archive was changed.</source>
        <translation>无法读写存放归档的磁盘（{0}）（输入/输出错误）。请确认磁盘或 U 盘仍然连接且工作正常，然后重试；如果再次发生，请把归档文件夹复制到另一个磁盘。归档中没有任何更改。</translation>
    </message>
    <message>
        <source>The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only share). You can browse, search and export it; to import chats or change its secrets, copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>归档位于无法写入的磁盘上（CD 或 DVD、写保护的 U 盘或只读的共享文件夹）。你可以浏览、搜索和导出；若要导入聊天或更改其密码，请把归档文件夹复制到可写入的磁盘，再打开那份副本。</translation>
    </message>
    <message>
        <source>The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; reinstall wamigrate.</source>
        <translation>wamigrate 加载的 SQLite 程序库无法加密（没有 SQLCipher）。没有写入任何数据；请重新安装 wamigrate。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has cipher settings that do not match its database: the file was changed. Restore keys.json from a backup of the archive folder.</source>
        <translation>归档的密钥文件（keys.json）中的加密设置与其数据库不符：该文件曾被修改。请从归档文件夹的备份恢复 keys.json。</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: it cannot be decrypted although the key is right ({0}). Restore the archive folder from a backup.</source>
        <translation>存档的数据库已损坏：虽然密钥正确，仍无法解密（{0}）。请从备份还原存档文件夹。</translation>
    </message>
    <message>
        <source>There is no chat called &apos;{0}&apos; in this archive. Chats: {1}.</source>
        <translation>此存档中没有名为「{0}」的聊天。聊天：{1}。</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{0}&apos;; choose one of {1}.</source>
        <translation>未知的导出格式「{0}」；请从 {1} 中选择一个。</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>存放归档的磁盘只剩 {0} MB，而这次导入最多需要 {1} MB。请在该磁盘上释放一些空间（或把归档移到更大的磁盘），然后重新导入；没有任何更改。</translation>
    </message>
    <message>
        <source>The archive could not be written to the disk (disk I/O error): {0} was not imported and the archive is unchanged. Check that the disk has free space and is still connected.</source>
        <translation>无法将存档写入磁盘（磁盘 I/O 错误）：{0} 未导入，存档维持原状。请检查磁盘是否还有可用空间且仍在连接中。</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged. Free some space and import it again.</source>
        <translation>磁盘已满：{0} 未导入，存档维持原状。请发布一些空间后再导入一次。</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged.</source>
        <translation>磁盘已满：{0} 未导入，存档维持原状。</translation>
    </message>
    <message>
        <source>The export reader stopped without finishing.</source>
        <translation>导出档读取程序未完成就停止了。</translation>
    </message>
    <message>
        <source>{0} changed while it was being imported; import the export again.</source>
        <translation>{0} 在导入期间有变动；请重新导入这个导出档。</translation>
    </message>
    <message>
        <source>There is no import number {0} in this archive.</source>
        <translation>此存档中没有编号 {0} 的导入。</translation>
    </message>
    <message>
        <source>The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>密码短语字段使用未知的密钥衍生方式；此存档需要较新版的 wamigrate。</translation>
    </message>
    <message>
        <source>The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>恢复字段使用未知的密钥衍生方式；此存档需要较新版的 wamigrate。</translation>
    </message>
    <message>
        <source>Unknown key slot type &apos;{0}&apos;.</source>
        <translation>未知的密钥字段类型「{0}」。</translation>
    </message>
    <message>
        <source>The passphrase entry of the archive&apos;s key file (keys.json) asks for an impossible key derivation ({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore keys.json from a backup.</source>
        <translation>归档密钥文件（keys.json）中的密码短语条目要求不可能的密钥派生（{0} = {1}）；该文件曾被修改或已损坏。请用恢复密钥打开归档，或从备份恢复 keys.json。</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>密码短语</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>恢复密钥</translation>
    </message>
    <message>
        <source>The {0} entry of the archive&apos;s key file (keys.json) is damaged. Open the archive with its {1}, then set a new {2}.</source>
        <translation>存档密钥档（keys.json）中的{0}项目已损坏。请用{1}打开存档，然后设置新的{2}。</translation>
    </message>
    <message>
        <source>This archive has no {0} entry in its key file.</source>
        <translation>此存档的密钥档中没有{0}项目。</translation>
    </message>
    <message>
        <source>The {0} slot of the key file is damaged ({1}).</source>
        <translation>密钥档的 {0} 字段已损坏（{1}）。</translation>
    </message>
    <message>
        <source>That recovery key does not open this archive. Check it and try again (letters are not case-sensitive).</source>
        <translation>这个恢复密钥无法打开此存档。请检查后再试一次（不区分大小写）。</translation>
    </message>
    <message>
        <source>That passphrase does not open this archive. Check it and try again (passphrases are case-sensitive).</source>
        <translation>这个密码短语无法打开此存档。请检查后再试一次（密码短语区分大小写）。</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong length.</source>
        <translation>密钥档中的密钥长度错误。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a backup of the archive folder.</source>
        <translation>存档的密钥档（keys.json）遗失，因此无法打开。请从存档文件夹的备份还原 keys.json。</translation>
    </message>
    <message>
        <source>This archive was made by a newer wamigrate; update wamigrate to open it.</source>
        <translation>此存档由较新版的 wamigrate 创建；请更新 wamigrate 后再打开。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is damaged and cannot be read. Restore keys.json from a backup of the archive folder.</source>
        <translation>存档的密钥档（keys.json）已损坏，无法读取。请从存档文件夹的备份还原 keys.json。</translation>
    </message>
    <message>
        <source>Another wamigrate window or command is importing into or changing this archive. Wait for it to finish, then try again.</source>
        <translation>另一个 wamigrate 窗口或指令正在导入或变更此存档。请等待它完成后再试一次。</translation>
    </message>
    <message>
        <source>It has {0} characters; use at least {1}.</source>
        <translation>它只有 {0} 个字符；请至少使用 {1} 个。</translation>
    </message>
    <message>
        <source>It is one of the passwords people choose most often, which are tried first.</source>
        <translation>这是人们最常选用的密码之一，会最先被尝试。</translation>
    </message>
    <message>
        <source>It repeats the same one or two characters.</source>
        <translation>它重复相同的一两个字符。</translation>
    </message>
    <message>
        <source>It is too easy to guess (too short or too regular).</source>
        <translation>太容易被猜到（太短或太有规律）。</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. </source>
        <translation>请选择更强的密码短语。</translation>
    </message>
    <message>
        <source> A good one is a few unrelated words, e.g. “copper lantern orbit 47”.</source>
        <translation> 好的密码短语是几个不相关的词，例如「copper lantern orbit 47」。</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{0}&apos;. Use a name such as Europe/London or America/Sao_Paulo.</source>
        <translation>未知的时区「{0}」。请使用像 Asia/Shanghai 这样的名称。</translation>
    </message>
    <message>
        <source>{0} already exists and is not empty; choose another name or place.</source>
        <translation>{0} 已存在且不是空的；请选择其他名称或位置。</translation>
    </message>
    <message>
        <source>The database was written unencrypted; it has been refused.</source>
        <translation>数据库是以未加密方式写入的；已拒绝。</translation>
    </message>
    <message>
        <source>{0} is not a wamigrate archive (no archive.db and keys.json in it).</source>
        <translation>{0} 不是 wamigrate 存档（里面没有 archive.db 和 keys.json）。</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is missing from {1}.</source>
        <translation>{1} 中缺少存档的数据库（{0}）。</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is not a wamigrate archive database.</source>
        <translation>{0} 没有加密：它不是 wamigrate 存档的数据库。</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four (for example ABCD-EFGH-…). Check it and try again.</source>
        <translation>这不是恢复密钥：恢复密钥有 32 个字母和数字，每四个一组（例如 ABCD-EFGH-…）。请检查后再试一次。</translation>
    </message>
    <message>
        <source>A passphrase or the recovery key is needed to open the archive.</source>
        <translation>需要密码短语或恢复密钥才能打开存档。</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is damaged at its start and cannot be read. Restore the archive folder from a backup.</source>
        <translation>存档的数据库（{0}）开头已损坏，无法读取。请从备份还原存档文件夹。</translation>
    </message>
    <message>
        <source>The key file (keys.json) in this folder belongs to another archive than its database. Put back this archive&apos;s own keys.json (from a backup of the folder).</source>
        <translation>此文件夹中的密钥档（keys.json）属于另一个存档，而不是其数据库。请放回此存档自己的 keys.json（从文件夹的备份）。</translation>
    </message>
    <message>
        <source>The disk holding the archive is full, so it was opened for reading only. Free some space on that disk to import chats or change its secrets.</source>
        <translation>存放归档的磁盘已满，所以归档以只读方式打开。若要导入聊天或更改其密码，请在该磁盘上释放一些空间。</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged ({0}).</source>
        <translation>存档的数据库已损坏（{0}）。</translation>
    </message>
    <message>
        <source>keys.json belongs to another archive than this database.</source>
        <translation>keys.json 属于另一个存档，而不是此数据库。</translation>
    </message>
    <message>
        <source>This archive was made by an older wamigrate and must be updated once before it can be opened, which cannot be done on a disk that cannot be written to. Copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>这个归档由旧版 wamigrate 创建，打开前必须先更新一次，而在无法写入的磁盘上无法更新。请把归档文件夹复制到可写入的磁盘，再打开那份副本。</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>存档已锁定。</translation>
    </message>
    <message>
        <source>{0} could not be decoded as text ({1}).</source>
        <translation>{0} 无法解码为文本（{1}）。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp&apos;s exported chats do.</source>
        <translation>{0} 不是 WhatsApp 聊天导出档：没有任何一行像 WhatsApp 导出的聊天那样以日期和时间开头。</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 图片</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 图片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>媒体文件</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>音频文件</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 压缩档</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 压缩档</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 压缩档</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>数据库文件</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a WhatsApp date and time.</source>
        <translation>{0} 不是 WhatsApp 聊天导出档：它看起来像电子表格（CSV）文件，而且没有任何一行以 WhatsApp 的日期和时间开头。</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>视频文件</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二进制文件</translation>
    </message>
    <message>
        <source>Part of the zip file is damaged ({0}). Export the chat again or copy the file again.</source>
        <translation>zip 文件有部分损坏（{0}）。请重新导出聊天或重新拷贝文件。</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>文件 {0} 不存在。</translation>
    </message>
    <message>
        <source>{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read (&apos;{1}&apos;). Unzip it with the program that made it and import the folder, or export the chat again.</source>
        <translation>{0} 使用了 WhatsApp 从不使用、wamigrate 也无法读取的压缩方式（“{1}”）。请用创建它的程序解压后导入文件夹，或重新导出聊天。</translation>
    </message>
    <message>
        <source>{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} 不是文件，而是设备或管道，wamigrate 不会读取。请选择 WhatsApp“导出聊天”创建的 .txt 或 .zip 文件。</translation>
    </message>
    <message>
        <source>wamigrate is not allowed to read {0}. Check the file&apos;s permissions.</source>
        <translation>wamigrate 没有权限读取 {0}。请检查文件的权限。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone&apos;s backup (msgstore.db.crypt15): skipped.</source>
        <translation>{0} 既不是导出的聊天（WhatsApp 将聊天导出为 .txt 或 .zip 文件），也不是手机的备份（msgstore.db.crypt15）：已跳过。</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>无法读取 {0}：{1}。</translation>
    </message>
    <message>
        <source>The import was cancelled, but the files it had imported could not be removed again: {0}</source>
        <translation>已取消导入，但无法移除它已导入的文件：{0}</translation>
    </message>
    <message>
        <source>{0} is empty: there are no messages in it.</source>
        <translation>{0} 是空的：里面没有消息。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like {1}. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} 不是 WhatsApp 聊天导出档：它看起来是{1}。请选择 WhatsApp「导出聊天」创建的 .txt 或 .zip 文件。</translation>
    </message>
    <message>
        <source>{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export it again.</source>
        <translation>{0} 是损坏或不完整的 zip 文件（{1}）。可能尚未拷贝完成：请重新拷贝或导出。</translation>
    </message>
    <message>
        <source>{0} is not a zip file. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} 不是 zip 文件。请选择 WhatsApp「导出聊天」创建的 .txt 或 .zip 文件。</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: &apos;{1}&apos; would expand {2} times. It was not opened.</source>
        <translation>{0} 看起来像 zip 炸弹：「{1}」会膨胀 {2} 倍。未打开。</translation>
    </message>
    <message>
        <source>{0} is protected by a password. WhatsApp never does this: export the chat again, or unzip it with its password and import the .txt.</source>
        <translation>{0} 受密码保护。WhatsApp 从不这样做：请重新导出聊天，或用密码解压缩后导入 .txt。</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It was not opened.</source>
        <translation>{0} 看起来是 zip 炸弹：它的 {1} MB 会展开成 {2} MB，远超过任何聊天导出。未打开此文件。</translation>
    </message>
    <message>
        <source>{0} claims to hold {1} GB of files, more than any chat export; it was not opened.</source>
        <translation>{0} 声称包含 {1} GB 的文件，比任何聊天导出档都大；未打开。</translation>
    </message>
    <message>
        <source>{0} holds no WhatsApp chat: no _chat.txt or &apos;WhatsApp Chat with …&apos; text file with messages was found in it.</source>
        <translation>{0} 中没有 WhatsApp 聊天：找不到 _chat.txt 或含有消息的「WhatsApp Chat with …」文本档。</translation>
    </message>
    <message>
        <source>{0} is damaged: &apos;{1}&apos; cannot be read ({2}). Export the chat again.</source>
        <translation>{0} 已损坏：无法读取「{1}」（{2}）。请重新导出聊天。</translation>
    </message>
    <message>
        <source>{0} is protected by a password and cannot be read.</source>
        <translation>{0} 受密码保护，无法读取。</translation>
    </message>
    <message>
        <source>it is more than {0} folders deep</source>
        <translation>它位于超过 {0} 层的文件夹中</translation>
    </message>
    <message>
        <source>No chat in the folder {0} could be read: {1}</source>
        <translation>文件夹 {0} 中没有任何聊天可以读取：{1}</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>还有 %n 个。</numerusform>
        </translation>
    </message>
    <message>
        <source>No WhatsApp chat export was found in the folder {0}. Choose the .txt or .zip files that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>在文件夹 {0} 中找不到 WhatsApp 聊天导出档。请选择 WhatsApp「导出聊天」创建的 .txt 或 .zip 文件。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>用引号括起来的文字</translation>
    </message>
    <message>
        <source>The profile {0} does not exist.</source>
        <translation>设置档 {0} 不存在。</translation>
    </message>
    <message>
        <source>The profile {0} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>配置文件 {0} 不是 UTF-8 文本，请另存为 UTF-8。</translation>
    </message>
    <message>
        <source>The profile {0} cannot be read: {1}.</source>
        <translation>无法读取配置文件 {0}：{1}。</translation>
    </message>
    <message>
        <source>The profile {0} is not valid TOML: {1}.</source>
        <translation>设置档 {0} 不是有效的 TOML：{1}。</translation>
    </message>
    <message>
        <source>{0} = {1} must be {2}.</source>
        <translation>{0} = {1} 必须是{2}。</translation>
    </message>
    <message>
        <source>[{0}] must be a section of settings (a TOML table).</source>
        <translation>[{0}] 必须是设置区段（TOML 表）。</translation>
    </message>
    <message>
        <source>Unknown setting(s) in [{0}]: {1}.</source>
        <translation>[{0}] 中有未知的设置：{1}。</translation>
    </message>
    <message>
        <source>{0} = {1} cannot be negative.</source>
        <translation>{0} = {1} 不能是负数。</translation>
    </message>
    <message>
        <source>[{0}] {1} = {2} is not one of: {3}.</source>
        <translation>[{0}] {1} = {2} 不是以下其中之一：{3}。</translation>
    </message>
    <message>
        <source>templates must be a list of [[templates]] sections.</source>
        <translation>templates 必须是 [[templates]] 区段的列表。</translation>
    </message>
    <message>
        <source>Unknown template setting(s): {0}.</source>
        <translation>未知的范本设置：{0}。</translation>
    </message>
    <message>
        <source>[[templates]] {0}: header_format = {1} is not one of: {2}.</source>
        <translation>[[templates]] {0}：header_format = {1} 不是以下之一：{2}。</translation>
    </message>
    <message>
        <source>[[templates]] {0}: samples must be a list of texts.</source>
        <translation>[[templates]] {0}：samples 必须是文本列表。</translation>
    </message>
    <message>
        <source>[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.</source>
        <translation>[[templates]] {0}：buttons 必须是 {{type = …, text = …}} 条目的列表。</translation>
    </message>
    <message>
        <source>{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>{0} = {1} 必须是以 YYYY-MM-DDTHH:MM 书写的本地日期和时间。</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}</source>
        <translation>发生错误：{0}：{1}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>权限被拒绝</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁盘报告了输入/输出错误</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁盘为只读</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名称太长</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是文件夹</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>路径中有一部分不是文件夹</translation>
    </message>
    <message>
        <source>The archive&apos;s log says {0} was imported, but the archive does not hold it; import it again.</source>
        <translation>归档的日志显示已导入 {0}，但归档中没有它；请重新导入。</translation>
    </message>
    <message>
        <source>The search index was not checked, because another import was running; verify again later.</source>
        <translation>由于另一个导入正在进行，未检查搜索索引；请稍后重新验证。</translation>
    </message>
    <message>
        <source>The search index was not checked, because the archive is on media that cannot be written.</source>
        <translation>由于归档位于无法写入的介质上，未检查搜索索引。</translation>
    </message>
    <message>
        <source>This check was not recorded in the archive, because another import was running.</source>
        <translation>由于另一个导入正在进行，这次检查未记录在归档中。</translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — 在 %n 个聊天中的 {1} 个发过消息</numerusform>
        </translation>
    </message>
    <message>
        <source>(probably you)</source>
        <translation>（可能是您）</translation>
    </message>
    <message>
        <source>Give the chat a name.</source>
        <translation>请为聊天取个名称。</translation>
    </message>
    <message>
        <source>A chat name can have at most {0} characters.</source>
        <translation>聊天名称最多 {0} 个字符。</translation>
    </message>
    <message>
        <source>This chat is no longer in the archive.</source>
        <translation>这个聊天已不在归档中。</translation>
    </message>
    <message>
        <source>Another chat is already called “{0}”: choose another name.</source>
        <translation>已有其他聊天名为“{0}”：请选择其他名称。</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>营销（优惠、消息）</translation>
    </message>
    <message>
        <source>Utility (orders, appointments, account updates)</source>
        <translation>实用（订单、预约、账户更新）</translation>
    </message>
    <message>
        <source>Authentication (one-time codes)</source>
        <translation>身份验证（一次性验证码）</translation>
    </message>
    <message>
        <source>Add a message template</source>
        <translation>添加消息范本</translation>
    </message>
    <message>
        <source>Name (lower case, digits and _)</source>
        <translation>名称（小写字母、数字和 _）</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>语言代码</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} is ready.</source>
        <translation>{{1}} 您好，您的订单 {{2}} 已备好。</translation>
    </message>
    <message>
        <source>Examples, one per line</source>
        <translation>示例，每行一个</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>消息有 %n 个变量（{{1}}、{{2}}…）：请为每个变量各写一行示例。</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap Back up and copy the new file.</source>
        <translation>这个备份采用端到端加密：wamigrate 需要开启加密备份时 WhatsApp 显示的 64 位密钥。如果您当时选择了密码或通行密钥，这个备份就无法在电脑上打开：请在 WhatsApp 前往“设置 ▸ 聊天 ▸ 聊天备份 ▸ 端到端加密备份”，先关闭，再选择“使用 64 位加密密钥”重新开启，记下密钥，然后点击“备份”并复制新的文件。</translation>
    </message>
    <message>
        <source>{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until the copy has finished, then add it again.</source>
        <translation>wamigrate 读取 {0} 时文件发生了变化：可能仍在从手机复制。请等复制完成后再重新添加。</translation>
    </message>
    <message>
        <source>{0} is empty or far too short to be a WhatsApp backup.</source>
        <translation>{0} 是空的，或太短，不可能是 WhatsApp 备份。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the phone&apos;s WhatsApp/Databases folder.</source>
        <translation>{0} 不是 wamigrate 能读取的 WhatsApp 备份：请从手机的 WhatsApp/Databases 文件夹选择 msgstore.db.crypt15（或 .crypt14）。</translation>
    </message>
    <message>
        <source>The key does not open {0}: check it against the key WhatsApp showed for this phone.</source>
        <translation>这个密钥无法打开 {0}：请与 WhatsApp 为这部手机显示的密钥核对。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over USB, not through a messaging app, which may change it).</source>
        <translation>{0} 已损坏或不完整：可能尚未复制完成。请从手机重新复制（通过 USB，不要通过消息应用，它可能会更改文件）。</translation>
    </message>
    <message>
        <source>{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 key file.</source>
        <translation>{0} 是端到端加密备份（.crypt15）：要用 64 位密钥打开，而不是 crypt14 密钥文件。</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens with the phone&apos;s “key” file (readable only on a rooted phone), not with a 64-digit key.</source>
        <translation>{0} 是较旧的本地备份（.crypt14）：要用手机的“key”文件打开（只有已 root 的手机才能读取），而不是 64 位密钥。</translation>
    </message>
    <message>
        <source>Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup.</source>
        <translation>请输入开启加密备份时 WhatsApp 显示的 64 位密钥。</translation>
    </message>
    <message>
        <source>The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0).</source>
        <translation>密钥只能包含数字 0–9 和字母 a–f，但其中有 {0}。请将您输入的内容与 WhatsApp 显示的密钥核对（密钥中绝不会有字母 O：那是数字 0）。</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>密钥有 %n 位；WhatsApp 的备份密钥是 64 位。请确认没有遗漏或重复。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: its contents are not a key.</source>
        <translation>{0} 不是 WhatsApp 密钥文件：内容不是密钥。</translation>
    </message>
    <message>
        <source>{0} is incomplete: copy the key file from the phone again.</source>
        <translation>{0} 不完整：请从手机重新复制密钥文件。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: it is far too large.</source>
        <translation>{0} 不是 WhatsApp 密钥文件：文件太大了。</translation>
    </message>
    <message>
        <source>{0} is empty: copy it from the phone again.</source>
        <translation>{0} 是空的：请从手机重新复制。</translation>
    </message>
    <message>
        <source>{0} is a file of WhatsApp&apos;s Google Drive backup, which can only be restored to a phone. Copy msgstore.db.crypt15 from the phone&apos;s WhatsApp/Databases folder instead.</source>
        <translation>{0} 是 WhatsApp Google 云端硬盘备份的文件，只能恢复到手机。请改从手机的 WhatsApp/Databases 文件夹复制 msgstore.db.crypt15。</translation>
    </message>
    <message>
        <source>{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can be chosen here too.</source>
        <translation>{0} 是旧的备份（.crypt12，来自 2021 年以前的 WhatsApp），wamigrate 不会打开它。如果手机上仍有 WhatsApp，请重新备份（设置 ▸ 聊天 ▸ 聊天备份）：新的备份包含相同的记录，wamigrate 可以打开。其他工具已解密的副本（msgstore.db）也可以在这里选择。</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens only with the phone&apos;s “key” file, which can be copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open.</source>
        <translation>{0} 是较旧的本地备份（.crypt14）：只能用手机的“key”文件打开，这个文件只能从已 root 的手机复制。若手机没有 root，请以 64 位密钥开启端到端加密备份并重新备份：这样会生成 wamigrate 能打开的 .crypt15 文件。</translation>
    </message>
    <message>
        <source>{0} opened with the key, but what it holds is not a WhatsApp database.</source>
        <translation>{0} 已用密钥打开，但内容不是 WhatsApp 数据库。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>这个 iPhone 备份中的 WhatsApp 数据库已损坏：请在电脑上重新备份。</translation>
    </message>
    <message>
        <source>WhatsApp is in this iPhone backup, but its chats are not: WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on, which keeps the chats out of the computer&apos;s backup. In WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the computer again.</source>
        <translation>这个 iPhone 备份中有 WhatsApp，但没有它的聊天：WhatsApp 自己的 iCloud 端到端加密备份可能已开启，这会让聊天不被纳入电脑的备份。请在 WhatsApp 中前往“设置 ▸ 聊天 ▸ 聊天备份 ▸ 端到端加密备份”将其关闭，然后在电脑上重新备份 iPhone。</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.</source>
        <translation>这个 iPhone 备份中没有 WhatsApp Business：请改选 WhatsApp，或另一个备份。</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in Finder, iTunes or the Apple Devices app.</source>
        <translation>这个 iPhone 备份中没有 WhatsApp：请选择装有 WhatsApp 的那部 iPhone 的备份，或在 Finder、iTunes 或 Apple 设备应用中制作一个。</translation>
    </message>
    <message>
        <source>The group name was changed.</source>
        <translation>群组名称已更改。</translation>
    </message>
    <message>
        <source>A member was added to the group.</source>
        <translation>有成员被添加到群组。</translation>
    </message>
    <message>
        <source>A member left the group.</source>
        <translation>有成员退出了群组。</translation>
    </message>
    <message>
        <source>The group icon was changed.</source>
        <translation>群组图标已更改。</translation>
    </message>
    <message>
        <source>You were removed from the group.</source>
        <translation>你已被移出群组。</translation>
    </message>
    <message>
        <source>A member changed their phone number.</source>
        <translation>有成员更换了电话号码。</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>群组已创建。</translation>
    </message>
    <message>
        <source>Members were added to the group.</source>
        <translation>有成员被添加到群组。</translation>
    </message>
    <message>
        <source>A member was removed from the group.</source>
        <translation>有成员被移出群组。</translation>
    </message>
    <message>
        <source>A member was made a group admin.</source>
        <translation>有成员成为群管理员。</translation>
    </message>
    <message>
        <source>The security code changed.</source>
        <translation>安全码已更改。</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted.</source>
        <translation>消息和通话均经端到端加密。</translation>
    </message>
    <message>
        <source>A member joined with the group&apos;s invite link.</source>
        <translation>有成员通过群组邀请链接加入。</translation>
    </message>
    <message>
        <source>The group description was changed.</source>
        <translation>群组简介已更改。</translation>
    </message>
    <message>
        <source>This is an official business account.</source>
        <translation>这是官方商业账号。</translation>
    </message>
    <message>
        <source>This account changed from a business account to a standard one.</source>
        <translation>此账号已从商业账号改为标准账号。</translation>
    </message>
    <message>
        <source>The disappearing messages setting was changed.</source>
        <translation>限时消息设置已更改。</translation>
    </message>
    <message>
        <source>The contact was blocked or unblocked.</source>
        <translation>联系人已被屏蔽或解除屏蔽。</translation>
    </message>
    <message>
        <source>media files and captions</source>
        <translation>媒体文件和说明文字</translation>
    </message>
    <message>
        <source>which message a reply quotes</source>
        <translation>回复引用的是哪条消息</translation>
    </message>
    <message>
        <source>shared locations</source>
        <translation>共享的位置</translation>
    </message>
    <message>
        <source>group and chat notices</source>
        <translation>群组和聊天通知</translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation>联系人名片</translation>
    </message>
    <message>
        <source>{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose “Import what can be read”, or update wamigrate first.</source>
        <translation>{0} 有消息，但缺少数据库中以 wamigrate 所知方式存储{1}的部分（比这个 wamigrate 更新的 WhatsApp 版本？）。消息可以在不含这些内容的情况下导入：请选择“导入可读取的部分”，或先更新 wamigrate。</translation>
    </message>
    <message>
        <source>This is wa.db, WhatsApp&apos;s contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.</source>
        <translation>这是 wa.db，WhatsApp 的联系人列表：消息请选择 msgstore.db（或 msgstore.db.crypt15）。</translation>
    </message>
    <message>
        <source>This is an iPhone&apos;s ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.</source>
        <translation>这是 iPhone 的 ChatStorage.sqlite：要从 iPhone 备份读取，而不是当作 Android 备份。</translation>
    </message>
    <message>
        <source>This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.</source>
        <translation>这不是 wamigrate 能读取的 WhatsApp 消息数据库：没有可用的 {0} 数据表。</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>未知成员</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>Video call, {0}</source>
        <translation>视频通话，{0}</translation>
    </message>
    <message>
        <source>Voice call, {0}</source>
        <translation>语音通话，{0}</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <translation>视频通话，未接听</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <translation>语音通话，未接听</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>未接视频通话</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>未接语音通话</translation>
    </message>
    <message>
        <source>A member joined the group.</source>
        <translation>有成员加入了群组。</translation>
    </message>
    <message>
        <source>The group icon was removed.</source>
        <translation>群组图标已移除。</translation>
    </message>
    <message>
        <source>media files, captions, locations and contact cards</source>
        <translation>媒体文件、说明文字、位置和联系人名片</translation>
    </message>
    <message>
        <source>who wrote each group message</source>
        <translation>群组中每条消息是谁写的</translation>
    </message>
    <message>
        <source>This is an Android phone&apos;s msgstore.db: add it as an Android backup, not from an iPhone backup.</source>
        <translation>这是 Android 手机的 msgstore.db：请以 Android 备份的方式添加，而不是从 iPhone 备份。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable {0} table): update wamigrate, or tell us the WhatsApp version.</source>
        <translation>这个 iPhone 备份中 WhatsApp 的 ChatStorage.sqlite 采用 wamigrate 不认识的结构（没有可用的 {0} 数据表）：请更新 wamigrate，或告诉我们 WhatsApp 的版本。</translation>
    </message>
    <message>
        <source>[a kind of message wamigrate does not know yet (type {0})]</source>
        <translation>[wamigrate 尚不认识的消息类型（类型 {0}）]</translation>
    </message>
    <message>
        <source>Waiting for this message.</source>
        <translation>正在等待此消息。</translation>
    </message>
    <message>
        <source>[a chat notice wamigrate does not know yet (number {0})]</source>
        <translation>[wamigrate 尚不认识的聊天通知（编号 {0}）]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>{0} is not a folder: choose the phone&apos;s WhatsApp “Media” folder.</source>
        <translation>{0} 不是文件夹：请选择手机的 WhatsApp“Media”文件夹。</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>存放归档的磁盘只剩 {0} MB，而这些媒体文件需要 {1} MB。请在该磁盘腾出空间（或把归档移到更大的磁盘），再导入一次；没有任何更改。</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>无法读取 {0}：{1}</translation>
    </message>
    <message>
        <source>{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.</source>
        <translation>{0} 不是 wamigrate 能读取的联系人文件：请选择 wa.db、.vcf 或 .csv 文件。</translation>
    </message>
    <message>
        <source>{0} holds no names with phone numbers.</source>
        <translation>{0} 里没有附电话号码的名字。</translation>
    </message>
    <message>
        <source>{0} is not WhatsApp&apos;s wa.db: it has no contacts table.</source>
        <translation>{0} 不是 WhatsApp 的 wa.db：里面没有联系人表。</translation>
    </message>
    <message>
        <source>{0} could not be read as WhatsApp&apos;s wa.db: {1}</source>
        <translation>无法把 {0} 当作 WhatsApp 的 wa.db 读取：{1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The phone&apos;s backup&lt;/b&gt; opens with the 64-digit key WhatsApp showed when you turned on the end-to-end encrypted backup.</source>
        <translation>&lt;b&gt;手机的备份&lt;/b&gt;要用你开启端到端加密备份时 WhatsApp 显示的 64 位密钥打开。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>密钥</translation>
    </message>
    <message>
        <source>The backup&apos;s 64-digit key</source>
        <translation>备份的 64 位密钥</translation>
    </message>
    <message>
        <source>64 digits and letters a–f; spaces do not matter</source>
        <translation>64 个数字和字母 a–f；空格无所谓</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>密钥文件…</translation>
    </message>
    <message>
        <source>Use a file holding the key (or a rooted phone&apos;s key file)</source>
        <translation>使用存有密钥的文件（或已 root 手机的 key 文件）</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>密钥检查</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s contacts (.vcf or .csv) show customers by name.</source>
        <translation>可选：手机的联系人（.vcf 或 .csv）可用名字显示客户。</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>联系人…</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s WhatsApp “Media” folder, copied over USB.</source>
        <translation>可选：手机的 WhatsApp“Media”文件夹，经 USB 复制。</translation>
    </message>
    <message>
        <source>Media folder…</source>
        <translation>媒体文件夹…</translation>
    </message>
    <message>
        <source>Type the 64-digit key, or choose the key file.</source>
        <translation>请输入 64 位密钥，或选择密钥文件。</translation>
    </message>
    <message>
        <source>Key from {0}.</source>
        <translation>密钥来自 {0}。</translation>
    </message>
    <message>
        <source>The key has 64 digits.</source>
        <translation>密钥有 64 位。</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>选择密钥文件</translation>
    </message>
    <message>
        <source>Names from {0}.</source>
        <translation>名字来自 {0}。</translation>
    </message>
    <message>
        <source>Media from {0}.</source>
        <translation>媒体来自 {0}。</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s contacts</source>
        <translation>选择手机的联系人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s WhatsApp Media folder</source>
        <translation>选择手机的 WhatsApp Media 文件夹</translation>
    </message>
    <message>
        <source>This advice is as of {0}, more than six months ago: Meta&apos;s rules may have changed since. Install the latest wamigrate, which ships the newest rules, and check each finding&apos;s source and its date.</source>
        <translation>这些建议截至 {0}，已超过六个月：Meta 的规则之后可能已变化。请安装最新版 wamigrate（内含最新规则），并查看每项结果的来源及其日期。</translation>
    </message>
    <message>
        <source>Advice as of {0}; each rule gives its source and the source&apos;s date.</source>
        <translation>建议截至 {0}；每条规则都注明来源及来源日期。</translation>
    </message>
    <message>
        <source>Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent there) per message, at the customer&apos;s country&apos;s rate; providers report the first {0} a month per number free. Without a payment method, the messages past that are not delivered, although the API reports success.</source>
        <translation>自 2026 年 10 月 1 日起，Meta 对 24 小时窗口内发送的回复（以及在窗口内发送的实用模板）按条收费，费率取决于客户所在国家；服务商表示每个号码每月前 {0} 条免费。没有付款方式时，超出的消息不会送达，即使 API 报告成功。</translation>
    </message>
    <message>
        <source>Your archive shows about {0} replies a month sent within 24 hours of a customer&apos;s message.</source>
        <translation>您的存档显示，每月约有 {0} 条回复是在客户来消息后 24 小时内发送的。</translation>
    </message>
    <message>
        <source>is a payment method on file (with Meta or with the provider)?</source>
        <translation>是否已登记付款方式（在 Meta 或服务商处）？</translation>
    </message>
    <message>
        <source>A payment method is on file.</source>
        <translation>已登记付款方式。</translation>
    </message>
    <message>
        <source>About {0} of them a month would be charged.</source>
        <translation>其中每月约有 {0} 条会被收费。</translation>
    </message>
    <message>
        <source>Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.</source>
        <translation>在切换前于 WhatsApp 管理工具（或服务商处）添加付款方式。</translation>
    </message>
    <message>
        <source>No payment method on file.</source>
        <translation>尚未登记付款方式。</translation>
    </message>
    <message>
        <source>That is within the free allowance for now.</source>
        <translation>目前仍在免费额度内。</translation>
    </message>
    <message>
        <source>Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent outside the 24-hour window, is charged per message at the rate of the customer&apos;s country; Meta changes the rates each quarter.</source>
        <translation>自 2025 年 7 月 1 日起，每条送达的营销或验证模板，以及每条在 24 小时窗口外发送的实用模板，都按客户所在国家的费率按条收费；Meta 每季度调整费率。</translation>
    </message>
    <message>
        <source>Good to know for the first days after the cut-over.</source>
        <translation>切换后最初几天值得留意。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>切换后需要用模板才能联系 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>One template each would cost about {0} {1:,.2f} at Meta&apos;s rates of {2} (estimate).</source>
        <translation>按 Meta {2} 的费率，每人一条模板约需 {0} {1:,.2f}（估算）。</translation>
    </message>
    <message>
        <source>Ask the provider for the current rate of each of these countries before the cut-over.</source>
        <translation>在切换前向服务商询问这些国家当前的费率。</translation>
    </message>
    <message>
        <source>Good to know if you advertise.</source>
        <translation>如果您投放广告，值得了解。</translation>
    </message>
    <message>
        <source>When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 hours, every message for the next 72 hours is free, templates included: the cheapest way to reach customers again after the cut-over.</source>
        <translation>当客户从点击跳转 WhatsApp 广告或 Facebook 公共主页按钮发来消息，而您在 24 小时内回复时，接下来 72 小时的所有消息（包括模板）都免费：这是切换后重新联系客户最便宜的方式。</translation>
    </message>
    <message>
        <source>Meta reviews a template&apos;s category when it is used, not only when it is approved: a utility template that promotes is charged as marketing (several times the price) and counts against the marketing caps.</source>
        <translation>Meta 不仅在批准时，也会在模板使用时审查其类别：带有促销内容的实用模板会按营销收费（价格高出数倍），并计入营销上限。</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion: {0}.</source>
        <translation>读起来像促销的实用模板：{0}。</translation>
    </message>
    <message>
        <source>Keep utility templates to the order, booking or account they are about; send offers as marketing.</source>
        <translation>让实用模板只涉及相关的订单、预约或账户；优惠请用营销模板发送。</translation>
    </message>
    <message>
        <source>No utility template reads as promotion.</source>
        <translation>没有实用模板读起来像促销。</translation>
    </message>
    <message>
        <source>Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop marketing messages without blocking you (error 131050).</source>
        <translation>在欧洲经济区、英国、日本和韩国以外，Meta 会限制一个人从所有企业收到的营销模板数量；超出上限的不会送达（错误 131049），客户也可以不屏蔽您而停止接收营销消息（错误 131050）。</translation>
    </message>
    <message>
        <source>Good to know before sending marketing templates.</source>
        <translation>发送营销模板前值得了解。</translation>
    </message>
    <message>
        <source>{0} of your {1} customers with a known country ({2} %) are where the caps apply.</source>
        <translation>在国家已知的 {1} 位客户中，有 {0} 位（{2} %）位于适用上限的地区。</translation>
    </message>
    <message>
        <source>Providers report that authentication templates can be sent only by a verified business whose messaging limit has reached 2,000; Meta&apos;s pages do not say so.</source>
        <translation>服务商表示，只有消息上限已达到 2,000 的已验证企业才能发送验证模板；Meta 的页面没有这样说。</translation>
    </message>
    <message>
        <source>No authentication templates.</source>
        <translation>没有验证模板。</translation>
    </message>
    <message>
        <source>The business is verified: it can send authentication templates.</source>
        <translation>企业已验证：可以发送验证模板。</translation>
    </message>
    <message>
        <source>Authentication templates ({0}), but the business is not verified.</source>
        <translation>有验证模板（{0}），但企业尚未验证。</translation>
    </message>
    <message>
        <source>Complete business verification before you rely on codes sent over WhatsApp.</source>
        <translation>在依赖通过 WhatsApp 发送验证码之前，先完成企业验证。</translation>
    </message>
    <message>
        <source>Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs keyed on phone numbers, this archive included, cannot match such customers by themselves.</source>
        <translation>自 2026 年起，客户可以设置 WhatsApp 用户名；企业此时收到的是企业专属的用户 ID，只有在过去 30 天内发过消息或打过电话给该客户时才会收到电话号码。以电话号码为依据的记录和 CRM（包括此存档）无法自行对应这类客户。</translation>
    </message>
    <message>
        <source>Export the customer list (name, number, first and last message) and give it to the provider&apos;s inbox or CRM, so it can join a new conversation to its history; ask it how it handles customers without a number.</source>
        <translation>导出客户列表（名称、号码、第一条和最后一条消息）交给服务商的收件箱或 CRM，使其能把新的对话接上原有记录；并询问它如何处理没有号码的客户。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>有 %n 位客户在切换前 30 天内没有来消息，也没有收到消息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer in the archive was in touch in the last 30 days.</source>
        <translation>存档中的每位客户在过去 30 天内都有联系。</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to a notable, verified business with two-step verification on, after 30 days on the Platform, never to a Business-app number. Meta Verified for Business is a separate paid subscription.</source>
        <translation>蓝色对勾（官方企业账号）不会随迁移带过去，也不会因迁移而获得：Meta 只在使用平台 30 天后，授予有知名度、已验证且开启两步验证的企业，从不授予 Business 应用号码。Meta Verified for Business 是另行付费的订阅。</translation>
    </message>
    <message>
        <source>A coexistence number cannot get the blue check.</source>
        <translation>共存号码无法获得蓝色对勾。</translation>
    </message>
    <message>
        <source>Good to know if you expect the blue check.</source>
        <translation>如果您期待蓝色对勾，值得了解。</translation>
    </message>
    <message>
        <source>A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of 2,000; then 20.</source>
        <translation>业务资产组合在验证或消息上限达到 2,000 之前可注册 2 个电话号码；之后 20 个。</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>Meta 显示此账号已有 %n 个号码；企业尚未验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business first, or remove a number you no longer use.</source>
        <translation>先验证企业，或移除不再使用的号码。</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>Meta 显示此账号有 %n 个号码。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, unverified business portfolio: it can register 2 numbers.</source>
        <translation>新的、尚未验证的业务资产组合：可注册 2 个号码。</translation>
    </message>
    <message>
        <source>Register this number first; verify the business before adding a test or branch number.</source>
        <translation>先注册这个号码；添加测试或分店号码前先验证企业。</translation>
    </message>
    <message>
        <source>The number cap does not stand in the way.</source>
        <translation>号码数量上限不构成障碍。</translation>
    </message>
    <message>
        <source>Reminder for the day the number is registered.</source>
        <translation>注册号码当天的提醒。</translation>
    </message>
    <message>
        <source>A number still registered to another provider&apos;s app shows “already registered to a partner app” until that app deregisters it; a banned number must be unbanned first; a number with paid messages in the last 30 days cannot be deleted from its WhatsApp Business Account.</source>
        <translation>仍注册在其他服务商应用中的号码会显示“already registered to a partner app”，直到该应用取消注册；被封禁的号码必须先解封；过去 30 天内有付费消息的号码无法从其 WhatsApp Business 账号删除。</translation>
    </message>
    <message>
        <source>Ask the previous provider to deregister the number before the cut-over day.</source>
        <translation>在切换日之前，请上一家服务商取消号码的注册。</translation>
    </message>
    <message>
        <source>Under coexistence the Business app must stay on the same phone and be opened at least every 13 days (weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and providers report it cannot use the Marketing Messages API either. Messages received before onboarding do not open a window on the API: the first API reply to them must be a template.</source>
        <translation>共存模式下，Business 应用必须留在同一部手机上，并且至少每 13 天打开一次（每周更稳妥），否则 API 端会断开；限时消息、仅查看一次和实时位置会关闭，广播列表变为只读；号码不能使用通话或群组 API，服务商也表示不能使用 Marketing Messages API。接入前收到的消息不会在 API 上开启窗口：通过 API 的首次回复必须使用模板。</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>有 %n 个聊天使用限时消息，该功能会被关闭。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>有 %n 位客户在切换前 24 小时内来消息：请从应用回复，或通过 API 用模板回复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the staff; keep the phone with the app, and open the app at least once a week.</source>
        <translation>告知员工；保留装有应用的手机，并至少每周打开一次。</translation>
    </message>
    <message>
        <source>Nothing in the archive is affected; the conditions below still apply.</source>
        <translation>存档中没有受影响的内容；下列条件仍然适用。</translation>
    </message>
    <message>
        <source>Worth checking before you move.</source>
        <translation>迁移前值得确认。</translation>
    </message>
    <message>
        <source>Since October 2026 one number can have a Messaging account with each of several partners, and Conversation Routing decides which of them receives each conversation: to add a provider beside the current one (an AI agent beside a helpdesk, say), the number may not need to move.</source>
        <translation>自 2026 年 10 月起，一个号码可以与多家合作伙伴各有一个消息账号，并由 Conversation Routing 决定每段对话由谁接收：若只想在现有服务商之外再加一家（例如在客服系统旁加一个 AI 代理），号码可能无需迁移。</translation>
    </message>
    <message>
        <source>Meta moves a number to another provider only for a verified business portfolio with a payment method, an approved display name and no pending name change; test numbers cannot be moved.</source>
        <translation>Meta 只会为已验证、有付款方式、显示名称已批准且没有待处理改名的业务资产组合，把号码迁移到另一家服务商；测试号码无法迁移。</translation>
    </message>
    <message>
        <source>is the business verified, and is a payment method on file?</source>
        <translation>企业是否已验证，且已登记付款方式？</translation>
    </message>
    <message>
        <source>the business is not verified</source>
        <translation>企业尚未验证</translation>
    </message>
    <message>
        <source>no payment method is on file</source>
        <translation>尚未登记付款方式</translation>
    </message>
    <message>
        <source>Complete business verification and add a payment method in WhatsApp Manager before the move.</source>
        <translation>在迁移前完成企业验证，并在 WhatsApp 管理工具中添加付款方式。</translation>
    </message>
    <message>
        <source>The business is verified and has a payment method.</source>
        <translation>企业已验证且有付款方式。</translation>
    </message>
    <message>
        <source>Category: a general-purpose AI assistant.</source>
        <translation>类别：通用型 AI 助手。</translation>
    </message>
    <message>
        <source>Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main service is a general-purpose AI assistant to use the Platform; an ordinary business&apos;s customer-service bot is still allowed.</source>
        <translation>自 2026 年 1 月 15 日起，WhatsApp Business 解决方案条款不允许以通用型 AI 助手为主要服务的企业使用该平台；普通企业的客服机器人仍然允许。</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration; ask Meta or the provider before planning the move.</source>
        <translation>这无法通过配置解决；规划迁移前请先咨询 Meta 或服务商。</translation>
    </message>
    <message>
        <source>The business is not a general-purpose AI assistant.</source>
        <translation>企业不是通用型 AI 助手。</translation>
    </message>
    <message>
        <source>The customer list could not be written to {0}: {1}.</source>
        <translation>无法将客户列表写入 {0}：{1}。</translation>
    </message>
    <message>
        <source>Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at most 8 people; messages in them cannot be edited or deleted.</source>
        <translation>部分属实。群组 API 让已验证品牌账号（官方企业账号）创建最多 8 人的群组；群组中的消息无法编辑或删除。</translation>
    </message>
    <message>
        <source>Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries.</source>
        <translation>部分属实。通话 API 可以接听和拨打 WhatsApp 通话，但必须有服务商的通话集成和 2,000 以上的消息上限；部分国家不提供拨打给客户的通话。</translation>
    </message>
    <message>
        <source>True for a full migration: deleting the app account loses every conversation the phone holds. Back every chat up first, as this assistant does.</source>
        <translation>完整迁移时属实：删除应用账号会丢失手机上的所有对话。请先备份所有聊天，就像本助手所做的那样。</translation>
    </message>
    <message>
        <source>There are no groups on the API.</source>
        <translation>API 上没有群组。</translation>
    </message>
    <message>
        <source>True for a coexistence number: groups stay in the Business app; the Groups API is not offered to Business-app numbers.</source>
        <translation>对共存号码属实：群组留在 Business 应用中；群组 API 不提供给 Business 应用号码。</translation>
    </message>
    <message>
        <source>Meta, “Groups API”</source>
        <translation>Meta，“Groups API”</translation>
    </message>
    <message>
        <source>You cannot call or be called on the API.</source>
        <translation>API 上无法拨打或接听电话。</translation>
    </message>
    <message>
        <source>For a coexistence number calls stay in the Business app: the Calling API is not offered under coexistence.</source>
        <translation>对共存号码而言，通话留在 Business 应用中：共存模式不提供通话 API。</translation>
    </message>
    <message>
        <source>Meta, “Calling API” (generally available since 15 Jul 2025)</source>
        <translation>Meta，“Calling API”（自 2025 年 7 月 15 日起全面开放）</translation>
    </message>
    <message>
        <source>Reactions do not work on the API.</source>
        <translation>API 上无法使用回应。</translation>
    </message>
    <message>
        <source>No longer true: the API receives customers&apos; reactions and can send its own.</source>
        <translation>已不再属实：API 会收到客户的回应，也能发送自己的回应。</translation>
    </message>
    <message>
        <source>Meta, “Send messages” (reaction messages)</source>
        <translation>Meta，“Send messages”（回应消息）</translation>
    </message>
    <message>
        <source>You cannot reply to a particular message (threaded replies).</source>
        <translation>无法回复特定消息（引用回复）。</translation>
    </message>
    <message>
        <source>No longer true: a message sent through the API can quote the customer&apos;s message it answers, and customers&apos; replies say which message they quote.</source>
        <translation>已不再属实：通过 API 发送的消息可以引用所回复的客户消息，客户的回复也会标明所引用的消息。</translation>
    </message>
    <message>
        <source>Meta, “Send messages”</source>
        <translation>Meta，“Send messages”</translation>
    </message>
    <message>
        <source>Chat history does not move to the API.</source>
        <translation>聊天记录不会迁移到 API。</translation>
    </message>
    <message>
        <source>Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no groups; media only from the last 14 days), once, within 24 hours of onboarding.</source>
        <translation>共存模式下部分属实：服务商可在接入后 24 小时内一次复制最多 6 个月的一对一聊天（不含群组；媒体只含最近 14 天）。</translation>
    </message>
    <message>
        <source>For a move between providers Meta moves the number, not the conversations kept by the old provider: ask it for an export of its history.</source>
        <translation>更换服务商时，Meta 迁移的是号码，而不是旧服务商保存的对话：请向旧服务商索取其记录的导出文件。</translation>
    </message>
    <message>
        <source>Meta, “Onboard WhatsApp Business app users”</source>
        <translation>Meta，“Onboard WhatsApp Business app users”</translation>
    </message>
    <message>
        <source>Answering within 24 hours is free.</source>
        <translation>在 24 小时内回复是免费的。</translation>
    </message>
    <message>
        <source>No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at the customer&apos;s country&apos;s rate past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still opens 72 free hours.</source>
        <translation>自 2026 年 10 月 1 日起已不再属实：24 小时窗口内的回复超过每月免费额度后（服务商表示每个号码 1,000 条），按客户所在国家的费率按条收费；没有付款方式时不会送达。回复点击跳转 WhatsApp 广告的消息仍会开启 72 小时免费时段。</translation>
    </message>
    <message>
        <source>No longer true on the API since 1 October 2026 (replies are charged past a monthly free allowance); what you send from the Business app itself stays free.</source>
        <translation>自 2026 年 10 月 1 日起在 API 上已不再属实（回复超过每月免费额度后收费）；从 Business 应用本身发送的消息仍然免费。</translation>
    </message>
    <message>
        <source>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</source>
        <translation>Meta，“Upcoming pricing updates for Meta Business Agent, service and utility messages”</translation>
    </message>
    <message>
        <source>{0} of this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>这个 iPhone 备份的 {0} 已损坏：请在电脑上重新备份。</translation>
    </message>
    <message>
        <source>{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds Manifest.db and Info.plist), usually in MobileSync/Backup.</source>
        <translation>{0} 不是 iPhone 备份：请选择 Finder、iTunes 或 Apple 设备应用创建的文件夹（其中有 Manifest.db 和 Info.plist），通常位于 MobileSync/Backup。</translation>
    </message>
    <message>
        <source>macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy &amp; Security ▸ Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup&apos;s folder somewhere else and choose it.</source>
        <translation>macOS 会将 iPhone 备份设为私密：若要让 wamigrate 读取，请打开“系统设置 ▸ 隐私与安全性 ▸ 完全磁盘访问权限”，打开 wamigrate，然后重新打开 wamigrate。或将备份文件夹复制到其他地方再选择它。</translation>
    </message>
    <message>
        <source>The backups folder {0} could not be read: {1}.</source>
        <translation>无法读取备份文件夹 {0}：{1}。</translation>
    </message>
    <message>
        <source>The backup password could not be checked. Try again.</source>
        <translation>无法检查备份密码。请再试一次。</translation>
    </message>
    <message>
        <source>{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.</source>
        <translation>这个 iPhone 备份中的 {0} 已损坏或不完整：请在电脑上重新备份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an invalid name): make the backup again.</source>
        <translation>这个 iPhone 备份的 Manifest.db 已损坏（有文件的名称无效）：请重新备份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an impossible size): make the backup again.</source>
        <translation>这个 iPhone 备份的 Manifest.db 已损坏（有文件的大小不可能成立）：请重新备份。</translation>
    </message>
    <message>
        <source>{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it again on the computer.</source>
        <translation>{0} 列在这个 iPhone 备份中，但它的文件不见了：备份不完整。请在电脑上重新制作。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file&apos;s details cannot be read): make the backup again.</source>
        <translation>这个 iPhone 备份的 Manifest.db 已损坏（无法读取某个文件的信息）：请重新备份。</translation>
    </message>
    <message>
        <source>This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait until Finder or the Apple Devices app says the backup is done (or make it again), then choose it.</source>
        <translation>这个 iPhone 备份尚未完成：电脑仍在制作，或中途停止了。请等到 Finder 或 Apple 设备应用显示备份已完成（或重新制作），再选择它。</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app (it is not the phone&apos;s passcode, nor the Apple ID&apos;s password).</source>
        <translation>这个 iPhone 备份已加密：请输入在 Finder、iTunes 或 Apple 设备应用中为手机备份设置的密码（不是手机的锁屏密码，也不是 Apple ID 的密码）。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s key list (in Manifest.plist) is damaged: make the backup again on the computer.</source>
        <translation>这个 iPhone 备份的密钥列表（在 Manifest.plist 中）已损坏：请在电脑上重新备份。</translation>
    </message>
    <message>
        <source>This password does not open the iPhone backup. Type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app; letters must match in case.</source>
        <translation>这个密码无法打开 iPhone 备份。请输入在 Finder、iTunes 或 Apple 设备应用中为手机备份设置的密码；大小写必须一致。</translation>
    </message>
    <message>
        <source>This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.</source>
        <translation>这个 iPhone 备份没有 Manifest.db：备份不完整。请在电脑上重新备份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged or incomplete: make the backup again on the computer.</source>
        <translation>这个 iPhone 备份的 Manifest.db 已损坏或不完整：请在电脑上重新备份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db has a layout wamigrate does not know (a newer iOS?). Update wamigrate, or tell us the iOS version.</source>
        <translation>这个 iPhone 备份的 Manifest.db 采用 wamigrate 不认识的结构（较新的 iOS？）。请更新 wamigrate，或告诉我们 iOS 的版本。</translation>
    </message>
    <message>
        <source>Marketing (offers, news, come back)</source>
        <translation>营销（优惠、新品、邀请回购）</translation>
    </message>
    <message>
        <source>Utility (about an order, booking or account)</source>
        <translation>实用（关于订单、预约或账户）</translation>
    </message>
    <message>
        <source>{0} is too large to be Meta&apos;s rate card (it is about 2 kB).</source>
        <translation>{0} 太大，不可能是 Meta 的费率表（约 2 kB）。</translation>
    </message>
    <message>
        <source>The rate card {0} does not exist.</source>
        <translation>费率表 {0} 不存在。</translation>
    </message>
    <message>
        <source>The rate card {0} cannot be read: {1}.</source>
        <translation>无法读取费率表 {0}：{1}。</translation>
    </message>
    <message>
        <source>{0} is not a text file: download the rate card from Meta&apos;s pricing page as CSV.</source>
        <translation>{0} 不是文本文件：请从 Meta 的价格页面下载 CSV 格式的费率表。</translation>
    </message>
    <message>
        <source>{0} is not Meta&apos;s rate card: no row starts with &quot;Market&quot;. Download &quot;Rate card (USD)&quot; from Meta&apos;s pricing page and choose that file.</source>
        <translation>{0} 不是 Meta 的费率表：没有任何一行以“Market”开头。请从 Meta 的价格页面下载“Rate card (USD)”并选择该文件。</translation>
    </message>
    <message>
        <source>{0} does not say from when its rates apply (&quot;effective …&quot; in its first line).</source>
        <translation>{0} 没有说明费率何时生效（第一行的“effective …”）。</translation>
    </message>
    <message>
        <source>{0} gives a date that is not a date: {1}.</source>
        <translation>{0} 中的日期不是有效日期：{1}。</translation>
    </message>
    <message>
        <source>{0} has no {1} column.</source>
        <translation>{0} 没有 {1} 列。</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a rate.</source>
        <translation>{0}，第 {1} 行（{2}）：{3} 不是费率。</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a plausible rate per message.</source>
        <translation>{0}，第 {1} 行（{2}）：{3} 不是合理的每条消息费率。</translation>
    </message>
    <message>
        <source>{0} has no &quot;Other&quot; market, which prices every country Meta does not list: it is not a whole card.</source>
        <translation>{0} 没有“Other”市场（用于所有 Meta 未列出的国家）：这不是完整的费率表。</translation>
    </message>
    <message>
        <source>{0} mixes currencies ({1}).</source>
        <translation>{0} 混用了多种货币（{1}）。</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>是(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>否(&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丢弃</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>撤消(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪切(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>复制链接地址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>粘贴(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全选</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
</context>
</TS>
