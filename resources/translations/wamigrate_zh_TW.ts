<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation>號碼是有效的國際號碼（含國碼及區碼；不是短碼）</translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation>號碼的類型可以接收註冊驗證碼</translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation>號碼可以接收簡訊或語音來電</translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation>IVR 或免付費號碼可接受國際來電並由真人接聽</translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation>商家不在平台排除的地區</translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation>號碼已不再註冊於 WhatsApp 應用程式（完整遷移）</translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation>共存模式只適用於 WhatsApp Business 應用程式上的號碼</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation>刪除應用程式帳號後，至少等待 5 分鐘再註冊</translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation>共存模式需要 Business 應用程式 2.24.17 或更新版本，以及解決方案合作夥伴或技術供應商</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation>奈及利亞（+234）和南非（+27）的號碼無法使用共存模式</translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation>共存模式的號碼每秒最多傳送 20 則訊息</translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation>聊天記錄同步必須在加入後 24 小時內確認（180 天，僅限一對一聊天）</translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation>加入共存模式時，已連結的裝置會被取消連結</translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation>在供應商之間轉移前必須關閉雙步驟驗證</translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation>每個號碼在 72 小時內最多嘗試註冊 10 次</translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation>顯示名稱描述商家（不用通用詞、不用 Meta 或 WhatsApp、不用「官方」、不用網址或電子郵件、不含促銷）</translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation>顯示名稱與商家的法定名稱明確相關</translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation>顯示名稱符合 Meta 要求的格式（不全用大寫、不含表情符號和符號；至少 3 個字元）</translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation>商家可以使用 WhatsApp 商業訊息（受限制的商品和服務）</translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation>顧客已同意接收商家的訊息</translation>
    </message>
    <message>
        <source>The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit</source>
        <translation>訊息上限：新的商家資產組合從每天 250 位顧客開始；現有的組合共用其上限</translation>
    </message>
    <message>
        <source>Authentication templates use Meta&apos;s preset text with a code button (no links, media or emoji)</source>
        <translation>驗證範本使用 Meta 的預設文字與驗證碼按鈕（不含連結、媒體或表情符號）</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to customers with US numbers</source>
        <translation>行銷範本不會送達使用美國號碼的顧客</translation>
    </message>
    <message>
        <source>Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed</source>
        <translation>自 2026 年 10 月 1 日起，24 小時視窗內的回覆需付費：必須有付款方式</translation>
    </message>
    <message>
        <source>Templates to customers outside the window are charged per message, by the customer&apos;s country</source>
        <translation>傳給視窗外顧客的範本按則收費，費率依顧客所在國家而定</translation>
    </message>
    <message>
        <source>A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free</source>
        <translation>回覆點擊前往 WhatsApp 廣告的訊息，會開啟 72 小時的免費時段，期間所有訊息免費</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion are charged (and capped) as marketing</source>
        <translation>讀起來像促銷的公用程式範本，會按行銷收費（並受行銷上限限制）</translation>
    </message>
    <message>
        <source>Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea</source>
        <translation>在歐洲經濟區、英國、日本和南韓以外，行銷範本對每位顧客有上限</translation>
    </message>
    <message>
        <source>Authentication templates need a verified business with a 2,000 limit</source>
        <translation>驗證範本需要已驗證且上限達 2,000 的商家</translation>
    </message>
    <message>
        <source>Customers with a WhatsApp username may write without a phone number</source>
        <translation>有 WhatsApp 使用者名稱的顧客可能不附電話號碼就來訊</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not part of the move</source>
        <translation>藍色勾勾（官方商業帳號）不在這次搬遷之內</translation>
    </message>
    <message>
        <source>A new business portfolio can register 2 numbers (20 after verification)</source>
        <translation>新的商家資產組合可登記 2 個號碼（驗證後 20 個）</translation>
    </message>
    <message>
        <source>A number still registered to a previous provider&apos;s app must be released by it first</source>
        <translation>仍登記在前一家供應商應用程式的號碼，必須先由對方釋出</translation>
    </message>
    <message>
        <source>What changes in the Business app under coexistence</source>
        <translation>共存模式下 Business 應用程式有哪些改變</translation>
    </message>
    <message>
        <source>A second provider can be added without moving the number (Conversation Routing)</source>
        <translation>不必搬移號碼即可加入第二家供應商（Conversation Routing）</translation>
    </message>
    <message>
        <source>A move between providers needs a verified business and a payment method</source>
        <translation>更換供應商需要已驗證的商家和付款方式</translation>
    </message>
    <message>
        <source>General-purpose AI assistants may not use the Platform (since 15 Jan 2026)</source>
        <translation>通用型 AI 助理不得使用此平台（自 2026 年 1 月 15 日起）</translation>
    </message>
    <message>
        <source>Meta has not rejected the display name (an approved name is needed only to move between providers)</source>
        <translation>Meta 未拒絕顯示名稱（只有更換供應商時才需要已核准的名稱）</translation>
    </message>
    <message>
        <source>The number&apos;s quality rating is not low (a RED number does not scale up)</source>
        <translation>號碼的品質評等不低（紅色號碼不會提升上限）</translation>
    </message>
    <message>
        <source>Meta&apos;s health status says the account can send messages</source>
        <translation>Meta 的健康狀態顯示帳號可以傳送訊息</translation>
    </message>
    <message>
        <source>The date is that of Meta&apos;s developer page on display names, which points to this Help Center article; the article shows no date.</source>
        <translation>此日期是 Meta 開發人員顯示名稱頁面的日期，該頁指向這篇說明中心文章；文章本身沒有日期。</translation>
    </message>
    <message>
        <source>A copy of Meta&apos;s page &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; the monthly free allowance of 1,000 service messages is reported by providers.</source>
        <translation>Meta 頁面「Upcoming pricing updates for Meta Business Agent, service and utility messages」的副本；每月 1,000 則免費服務訊息的額度由供應商提供。</translation>
    </message>
    <message>
        <source>Meta&apos;s WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms&apos; own text was not readable when this was written.</source>
        <translation>媒體引述的 Meta WhatsApp Business 解決方案條款（NDTV，2025 年 10 月 21 日）；撰寫時無法讀取條款原文。</translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation>刪除應用程式帳號前，每個聊天都已備份到經過驗證的封存檔</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation>範本名稱只用小寫字母、數字和底線（最多 512 個）</translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation>範本長度：頁首和頁尾最多 60 個字元，內文 1 到 1,024 個，按鈕標籤 25 個</translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation>範本參數依序為 {{1}}、{{2}}……，每個都附範例值</translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation>範本避開 Meta 常見的拒絕原因（參數在開頭或結尾、範例中有 #$%）</translation>
    </message>
    <message>
        <source>The number is not registered on another platform, and Meta has verified it</source>
        <translation>號碼沒有註冊在其他平台上，且 Meta 已驗證</translation>
    </message>
    <message>
        <source>No message template is rejected, paused or disabled</source>
        <translation>沒有任何訊息範本被拒絕、暫停或停用</translation>
    </message>
    <message>
        <source>The messaging limit covers the customers who need a template on day one</source>
        <translation>訊息上限足以涵蓋第一天需要範本的顧客</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>已就緒</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>已就緒，但有警告</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>受阻</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>尚未就緒</translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation>24 小時內</translation>
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
        <translation>1-4 週</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>超過 4 週</translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation>在切換時間之後</translation>
    </message>
    <message>
        <source>group chats</source>
        <translation>群組聊天</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>deleted messages</source>
        <translation>已刪除的訊息</translation>
    </message>
    <message>
        <source>polls</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>disappearing messages</source>
        <translation>限時訊息</translation>
    </message>
    <message>
        <source>only for verified-brand accounts, at most 8 people; not under coexistence</source>
        <translation>僅限已驗證品牌帳號，最多 8 人；共存模式不適用</translation>
    </message>
    <message>
        <source>only with a calling integration and a 2,000 limit; not under coexistence</source>
        <translation>僅限有通話整合且上限達 2,000；共存模式不適用</translation>
    </message>
    <message>
        <source>a message sent through the API cannot be deleted</source>
        <translation>透過 API 傳送的訊息無法刪除</translation>
    </message>
    <message>
        <source>cannot be sent; a customer&apos;s poll arrives as an unsupported message</source>
        <translation>無法傳送；顧客的投票會以不支援的訊息送達</translation>
    </message>
    <message>
        <source>not available; turned off under coexistence</source>
        <translation>無法使用；共存模式下會關閉</translation>
    </message>
    <message>
        <source>{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).</source>
        <translation>{0} 不是 wamigrate 認得的時區（例如 America/Sao_Paulo）。</translation>
    </message>
    <message>
        <source>The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>切換時間 {0} 必須是以 YYYY-MM-DDTHH:MM 寫成的當地日期與時間。</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>完整遷移</translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation>共存模式（保留 Business 應用程式）</translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation>在供應商之間轉移</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>需要處理</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>尚未回答</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>阻礙</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>資訊</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>已確認</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>部分確認</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>未確認</translation>
    </message>
    <message>
        <source>reported by providers, not in Meta&apos;s text</source>
        <translation>由供應商提供，Meta 文字中沒有</translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation>沒有任何事項阻礙轉移。</translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation>請先修正阻礙事項；它們列在最前面。</translation>
    </message>
    <message>
        <source>Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move.</source>
        <translation>請先回答阻擋性問題：在回答之前，沒有人能說沒有任何事阻擋這次轉移。</translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation>沒有任何事項阻礙轉移；請閱讀警告。</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>為何重要。</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>該怎麼做。</translation>
    </message>
    <message>
        <source>verified live at {0}</source>
        <translation>已於 {0} 即時驗證</translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation>來源：{0}（{1}，{2}）</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小時</numerusform>
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
        <translation>週一</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>週二</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>週三</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>週四</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>週五</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>週六</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>週日</translation>
    </message>
    <message>
        <source>Give the archive (and the planned cut-over in the profile) to see the impact.</source>
        <translation>請提供封存檔（以及設定檔中預計的切換時間）以查看影響。</translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation>無法判斷聊天中哪個名稱是商家本身；請在設定檔中設定 own_name。</translation>
    </message>
    <message>
        <source>the live check did not run</source>
        <translation>沒有執行即時檢查</translation>
    </message>
    <message>
        <source>Meta&apos;s list of phone numbers could not be read: {0}</source>
        <translation>無法讀取 Meta 的電話號碼清單：{0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>無</translation>
    </message>
    <message>
        <source>The number is not in this WhatsApp Business Account yet (its numbers: {0}).</source>
        <translation>這個號碼還不在此 WhatsApp Business 帳號中（其號碼：{0}）。</translation>
    </message>
    <message>
        <source>Check the WhatsApp Business Account ID, or add the number to it first.</source>
        <translation>請檢查 WhatsApp Business 帳號 ID，或先將號碼加入該帳號。</translation>
    </message>
    <message>
        <source>Meta says {0} is registered on the On-Premises API.</source>
        <translation>Meta 表示 {0} 註冊在 On-Premises API 上。</translation>
    </message>
    <message>
        <source>A number is on one platform at a time; the On-Premises API has been retired.</source>
        <translation>一個號碼一次只能在一個平台上；On-Premises API 已停止服務。</translation>
    </message>
    <message>
        <source>Ask the provider to migrate the number to the Cloud API before the cut-over.</source>
        <translation>請在切換前請供應商將號碼遷移到 Cloud API。</translation>
    </message>
    <message>
        <source>Meta says the ownership of {0} is not verified ({1}).</source>
        <translation>Meta 表示 {0} 的擁有權尚未驗證（{1}）。</translation>
    </message>
    <message>
        <source>The number must receive and enter Meta&apos;s code before it can be registered.</source>
        <translation>號碼必須先收到並輸入 Meta 的驗證碼，才能註冊。</translation>
    </message>
    <message>
        <source>Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider.</source>
        <translation>請再次索取驗證碼（簡訊或語音來電），並在 WhatsApp 管理工具中或透過供應商輸入。</translation>
    </message>
    <message>
        <source>on the Cloud API</source>
        <translation>在 Cloud API 上</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>尚未註冊</translation>
    </message>
    <message>
        <source>Meta says {0} is {1}; its ownership is verified.</source>
        <translation>Meta 表示 {0} {1}；其擁有權已驗證。</translation>
    </message>
    <message>
        <source>Meta&apos;s review of the display name &apos;{0}&apos;: {1}.</source>
        <translation>Meta 對顯示名稱「{0}」的審查：{1}。</translation>
    </message>
    <message>
        <source>Meta&apos;s API gives the decision, not its reason: WhatsApp Manager shows the reason.</source>
        <translation>Meta 的 API 只提供決定，不提供原因：原因請見 WhatsApp 管理工具。</translation>
    </message>
    <message>
        <source>Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit.</source>
        <translation>請在 WhatsApp 管理工具 ▸ 電話號碼中查看原因，依此修改名稱後重新提交。</translation>
    </message>
    <message>
        <source>The display name &apos;{0}&apos; is not approved yet ({1}).</source>
        <translation>顯示名稱「{0}」尚未核准（{1}）。</translation>
    </message>
    <message>
        <source>Moving between providers needs an approved display name.</source>
        <translation>更換供應商需要已核准的顯示名稱。</translation>
    </message>
    <message>
        <source>The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit.</source>
        <translation>在此期間號碼可照常使用；號碼達到更高的訊息上限時，Meta 才會審查名稱。</translation>
    </message>
    <message>
        <source>Customers have blocked or reported recent messages. A RED number does not get a higher messaging limit or throughput, and continued negative feedback can lead to enforcement; templates are paused on their own quality, not the number&apos;s.</source>
        <translation>顧客封鎖或檢舉了最近的訊息。紅色號碼不會提高訊息上限或傳送速率，持續的負面回饋可能招致處置；範本是依其自身品質暫停，而非號碼的品質。</translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>以此上限（組合內所有號碼共用）需要 %n 天才能聯絡到所有人。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business to reach 2,000 a day (after Meta&apos;s quality review), or plan the first messages over several days.</source>
        <translation>驗證商家以達到每天 2,000（經 Meta 品質審查後），或把第一批訊息分散在幾天內傳送。</translation>
    </message>
    <message>
        <source>Meta did not give a health status</source>
        <translation>Meta 未提供健康狀態</translation>
    </message>
    <message>
        <source>The account&apos;s health status could not be read: {0}</source>
        <translation>無法讀取帳號的健康狀態：{0}</translation>
    </message>
    <message>
        <source>Meta says this account cannot send messages (BLOCKED).</source>
        <translation>Meta 表示此帳號無法傳送訊息（BLOCKED）。</translation>
    </message>
    <message>
        <source>A blocked account, number or business cannot send anything, templates included.</source>
        <translation>被封鎖的帳號、號碼或商家無法傳送任何內容，包括範本。</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue.</source>
        <translation>修正 Meta 列出的問題（WhatsApp 管理員 ▸ 總覽），例如付款方式或政策問題。</translation>
    </message>
    <message>
        <source>Meta says this account can send only in part (LIMITED).</source>
        <translation>Meta 表示此帳號只能部分傳送（LIMITED）。</translation>
    </message>
    <message>
        <source>Some messages will not be delivered until the limitation is lifted.</source>
        <translation>在限制解除之前，部分訊息不會送達。</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over.</source>
        <translation>在切換前修正 Meta 列出的問題（WhatsApp 管理員 ▸ 總覽）。</translation>
    </message>
    <message>
        <source>Meta says the account can send messages ({0}).</source>
        <translation>Meta 表示帳號可以傳送訊息（{0}）。</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review before the cut-over.</source>
        <translation>請在切換前等待 Meta 的審查。</translation>
    </message>
    <message>
        <source>Nothing to do now; follow the review in WhatsApp Manager.</source>
        <translation>目前無需處理；在 WhatsApp 管理員中追蹤審查進度。</translation>
    </message>
    <message>
        <source>Meta approved the display name &apos;{0}&apos; ({1}).</source>
        <translation>Meta 已核准顯示名稱「{0}」（{1}）。</translation>
    </message>
    <message>
        <source>Meta&apos;s list of templates could not be read: {0}</source>
        <translation>無法讀取 Meta 的範本清單：{0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n 個範本無法傳送：</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the 24-hour window only approved templates reach customers.</source>
        <translation>在 24 小時視窗外，只有已核准的範本能送達顧客。</translation>
    </message>
    <message>
        <source>Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality.</source>
        <translation>請依原因修正被拒絕的範本並重新提交（或申訴）；被暫停的範本需要提升品質。</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>已核准 %n 個範本；沒有被拒絕、暫停或停用的範本。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rates the quality of {0} as low (RED).</source>
        <translation>Meta 將 {0} 的品質評為低（RED）。</translation>
    </message>
    <message>
        <source>Send fewer, expected messages to customers who opted in, and let them opt out easily.</source>
        <translation>請減少傳訊，只傳顧客預期、已同意接收的訊息，並讓他們能輕鬆退訂。</translation>
    </message>
    <message>
        <source>Quality rating of {0}: {1}.</source>
        <translation>{0} 的品質評分：{1}。</translation>
    </message>
    <message>
        <source>Messaging limit: {0}. The archive&apos;s impact analysis is needed to compare it.</source>
        <translation>訊息上限：{0}。需要封存檔的影響分析才能比較。</translation>
    </message>
    <message>
        <source>Import the chats and set the planned cut-over.</source>
        <translation>請匯入聊天並設定預計的切換時間。</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit is {1} a day ({2}).</source>
        <translation>第一天有 {0} 位顧客需要範本；上限為每天 {1} 位（{2}）。</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit ({1}) covers them.</source>
        <translation>第一天有 {0} 位顧客需要範本；上限（{1}）足以涵蓋。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation>&lt;b&gt;在共存模式下&lt;/b&gt;，加入前收到的訊息不會開啟視窗：加入後傳給每位顧客的第一則訊息都必須是範本。</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation>目前 {0} 的顧客訊息在 24 小時內得到回覆。</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>星期</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 小時內回覆</translation>
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
        <translation>訊息</translation>
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
        <translation>您一再傳送、需要已核准範本的訊息：</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>範本內文</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>傳送次數</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>建議類別</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>北美洲</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>非洲其他地區</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>亞太其他地區</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>中東歐其他地區</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>拉丁美洲其他地區</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>中東其他地區</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>西歐其他地區</translation>
    </message>
    <message>
        <source>Other (every country Meta does not list)</source>
        <translation>其他（Meta 未列出的所有國家）</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>行銷</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>公用程式</translation>
    </message>
    <message>
        <source>What the cut-over will cost (estimate)</source>
        <translation>轉換的費用（估算）</translation>
    </message>
    <message>
        <source>One {0} template to each of the {1} customers outside their window, with a known country, would cost about &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>向 {1} 位已知國家、不在 24 小時視窗內的顧客各傳送一則{0}範本，約需 &lt;b&gt;{2}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>its own rate</source>
        <translation>獨立費率</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>計價方式</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>費率</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>費用</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>未計入總額：有 %n 位視窗外的顧客，其聊天名稱中沒有電話號碼，因此無法得知其國家與價格。</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta has priced {0} on their own since the dates shown, after this card&apos;s date; the card prices them at the market they belonged to.</source>
        <translation>Meta 自所示日期起對 {0} 採用獨立費率，晚於這份費率表的日期；這份費率表以它們原屬的市場計價。</translation>
    </message>
    <message>
        <source>You send about {0} replies a month within 24 hours of a customer&apos;s message.</source>
        <translation>您每月約在顧客訊息後 24 小時內傳送 {0} 則回覆。</translation>
    </message>
    <message>
        <source>Past the {0} free each month, about {1} would be charged as service messages at about {2} each: about &lt;b&gt;{3}&lt;/b&gt; a month.</source>
        <translation>超過每月免費的 {0} 則後，約有 {1} 則會以服務訊息計費，每則約 {2}：每月約 &lt;b&gt;{3}&lt;/b&gt;。</translation>
    </message>
    <message>
        <source>That is within the {0} service messages free each month.</source>
        <translation>這仍在每月免費的 {0} 則服務訊息之內。</translation>
    </message>
    <message>
        <source>Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers through an ad avoids the template price.</source>
        <translation>透過點擊前往 WhatsApp 廣告或 Facebook 粉絲專頁按鈕來訊、並在 24 小時內獲得回覆的顧客，接下來 72 小時內可免費收到任何訊息（包括範本）：透過廣告重新聯繫久未互動的顧客，可省下範本費用。</translation>
    </message>
    <message>
        <source>Rates: {0} ({1}); countries placed in markets as on Meta&apos;s pricing page of {2}.</source>
        <translation>費率：{0}（{1}）；國家依 Meta 價格頁面（{2}）的市場分組。</translation>
    </message>
    <message>
        <source>Meta may have changed rates since that date (it does so on the first day of a quarter): {0}</source>
        <translation>Meta 可能在該日期之後調整過費率（每季第一天調整）：{0}</translation>
    </message>
    <message>
        <source>The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market wamigrate knows for them.</source>
        <translation>費率表中有 wamigrate 尚無法歸類的市場（{0}）；這些國家以 wamigrate 已知的市場計價。</translation>
    </message>
    <message>
        <source>for today&apos;s figures, download the rate card (CSV) from Meta&apos;s pricing page and give it to wamigrate (the wizard&apos;s cut-over page, or --rate-card on the command line).</source>
        <translation>如需今天的數字，請從 Meta 的價格頁面下載費率表（CSV）並提供給 wamigrate（精靈的轉換頁面，或命令列的 --rate-card）。</translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation>未提供封存檔。</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>從未驗證</translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation>上次驗證 {0}：通過</translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation>上次驗證 {0}：發現問題</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>匯出檔 {0}</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>匯出檔案</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>匯入時間</translation>
    </message>
    <message>
        <source>country not known (no number in the chat name)</source>
        <translation>國家不明（聊天名稱中沒有號碼）</translation>
    </message>
    <message>
        <source>Live check failed</source>
        <translation>即時檢查失敗</translation>
    </message>
    <message>
        <source>No live check was made: the findings rest on your answers.</source>
        <translation>未進行即時檢查：檢查結果依據您的回答。</translation>
    </message>
    <message>
        <source>Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.</source>
        <translation>於 {0} 無法詢問 Meta：{1} 沒有任何項目經過即時檢查：結果僅依據你的回答。</translation>
    </message>
    <message>
        <source>Checked with Meta&apos;s Graph API at {0}, WhatsApp Business Account {1}.</source>
        <translation>已於 {0} 透過 Meta 的 Graph API 檢查，WhatsApp Business 帳號 {1}。</translation>
    </message>
    <message>
        <source>display name {0} ({1})</source>
        <translation>顯示名稱 {0}（{1}）</translation>
    </message>
    <message>
        <source>platform {0}</source>
        <translation>平台 {0}</translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>品質 {0}</translation>
    </message>
    <message>
        <source>messaging limit {0}</source>
        <translation>訊息上限 {0}</translation>
    </message>
    <message>
        <source>throughput {0}</source>
        <translation>傳送量 {0}</translation>
    </message>
    <message>
        <source>also in the Business app</source>
        <translation>也在 Business 應用程式上</translation>
    </message>
    <message>
        <source>not in the Business app</source>
        <translation>不在 Business 應用程式上</translation>
    </message>
    <message>
        <source>Account: {0}; business verification: {1}; account review: {2}.</source>
        <translation>帳號：{0}；商家驗證：{1}；帳號審查：{2}。</translation>
    </message>
    <message>
        <source>At the cut-over on {0}, &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation>在 {0} 切換時，{2} 位顧客中有 &lt;b&gt;{1}&lt;/b&gt; 位在 24 小時視窗內，可以正常回覆；&lt;b&gt;{3}&lt;/b&gt; 位只能用已核准的範本聯絡。依國家：{4}。</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}.</source>
        <translation>目前 {0} 的顧客訊息在 24 小時內得到回覆；一半的回覆在 {1} 內送出。</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, from {2} to {3}; {4}.</source>
        <translation>{0} 個聊天，{1} 則訊息，{2} 至 {3}；{4}。</translation>
    </message>
    <message>
        <source>Message templates: {0}.</source>
        <translation>訊息範本：{0}。</translation>
    </message>
    <message>
        <source>Not read ({0}): {1}</source>
        <translation>未讀取（{0}）：{1}</translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation>尚未記錄任何檢查清單步驟。</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>尚未就緒：還有 %n 個阻擋性問題未回答</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation>路線：{0} · 產生於 {1} · 規則截至 {2}。規則會變動：請查看每個來源的日期。</translation>
    </message>
    <message>
        <source>Times are in the time zone {0}.</source>
        <translation>時間以 {0} 時區顯示。</translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation>本報告不含任何訊息內容，也不含顧客的電話號碼。</translation>
    </message>
    <message>
        <source>What is true today of what is often said about the API, for this route:</source>
        <translation>關於 API 的常見說法中，哪些在今天仍屬實（就此路線而言）：</translation>
    </message>
    <message>
        <source>Often said</source>
        <translation>常見說法</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>實際情況</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>來源</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>檢查結果</translation>
    </message>
    <message>
        <source>Verified live</source>
        <translation>即時驗證</translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation>切換時的變化</translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation>聊天封存檔</translation>
    </message>
    <message>
        <source>What you may have read</source>
        <translation>您可能讀過的說法</translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation>取消註冊檢查清單</translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation>WhatsApp Business Platform 就緒檢查</translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation>封存檔已在最後一次匯入後通過驗證</translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation>雙步驟驗證：已記下 PIN 碼或已關閉</translation>
    </message>
    <message>
        <source>Export the chats with new messages once more, import and verify them</source>
        <translation>再匯出一次有新訊息的對話，匯入並驗證</translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation>在應用程式中刪除帳號：設定 ▸ 帳號 ▸ 刪除我的帳號</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation>至少等待 5 分鐘再註冊號碼</translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation>不要再在 WhatsApp 應用程式中註冊這個號碼</translation>
    </message>
    <message>
        <source>Register the number on the API with your provider</source>
        <translation>透過您的服務供應商在 API 上註冊號碼</translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation>WhatsApp Business 應用程式 2.24.17 或更新版本</translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation>已連結的裝置將被取消連結；已告知員工</translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation>已在 WhatsApp 管理工具中關閉雙步驟驗證</translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation>顯示名稱已核准，沒有待處理的名稱變更</translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation>商家資產組合中已有付款方式</translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation>請選擇轉移號碼的方式。</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation>請輸入含國碼的電話號碼。</translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation>請說明號碼目前在哪個 WhatsApp 應用程式上。</translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation>請建立封存檔，或解鎖您之前建立的封存檔。</translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation>請確認您已保存復原金鑰。</translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation>請至少匯入一個匯出的聊天。</translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation>請驗證封存檔：在刪除帳號前，它必須在最後一次匯入後通過驗證。</translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation>尚待完成：{0}。</translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation>請先驗證封存檔（「檢查與驗證」頁面）。</translation>
    </message>
    <message>
        <source>Export again the chats that got new messages since your last export, and import them with “Import the final exports…” below. Until then those messages are only on the phone.</source>
        <translation>請再次匯出自上次匯出後有新訊息的對話，並用下方的「匯入最後的匯出檔…」匯入。在那之前，這些訊息只存在手機上。</translation>
    </message>
    <message>
        <source>Verify the archive after this import (“Verify now” below).</source>
        <translation>請在這次匯入後驗證封存檔（下方的「立即驗證」）。</translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation>請先完成：{0}。</translation>
    </message>
    <message>
        <source>Verify the archive after the last import first (“Verify now” below).</source>
        <translation>請先在最後一次匯入後驗證封存檔（下方的「立即驗證」）。</translation>
    </message>
    <message>
        <source>Run the readiness check first (page &apos;Business readiness&apos;).</source>
        <translation>請先執行就緒檢查（「商家就緒狀態」頁面）。</translation>
    </message>
    <message>
        <source>Tap Confirm during onboarding; the provider starts the history sync within 24 hours</source>
        <translation>在上線流程中點選「確認」；供應商須在 24 小時內開始同步記錄</translation>
    </message>
    <message>
        <source>Open the Business app at least every 13 days, or the API side disconnects</source>
        <translation>至少每 13 天開啟一次 Business 應用程式，否則 API 端會中斷連線</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>就緒檢查仍發現 %n 個阻擋項目（未通過或未回答）：{0}。請先在「商家就緒狀態」頁面修正或回答。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>刪除帳號後請再等待 %n 分鐘。</numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>行動電話</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>市內電話</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>行動或市內電話</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>免付費</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>付費加值</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>呼叫器</translation>
    </message>
    <message>
        <source>universal access</source>
        <translation>通用接入</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>分攤費用</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>個人（轉接）</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>請輸入電話號碼。</translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation>請選擇國家，或在號碼前加上 + 和國碼。</translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation>這還不是電話號碼。</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>號碼的位數太少或太多。</translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation>該國家沒有使用這樣的號碼：請檢查數字。</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>未知類型</translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation>呼叫器號碼不能用於 WhatsApp Business Platform。</translation>
    </message>
    <message>
        <source>Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot be registered. Make sure it can receive one of them before you start.</source>
        <translation>Meta 會透過簡訊或語音來電傳送註冊驗證碼：如果兩者都無法送達這個號碼，就無法註冊。開始前請確認號碼能收到其中一種。</translation>
    </message>
    <message>
        <source>This is a landline: landlines usually cannot receive SMS, so ask for Meta&apos;s code by voice call, and make sure the line answers calls (no menu or voicemail picking up first).</source>
        <translation>這是市內電話：市內電話通常無法接收簡訊，所以請以語音來電索取 Meta 的驗證碼，並確認這條線路會接聽來電（不會先由語音選單或語音信箱接聽）。</translation>
    </message>
    <message>
        <source>Two-step verification must be turned off in WhatsApp Manager before the move.</source>
        <translation>移轉前必須在 WhatsApp 管理工具中關閉兩步驟驗證。</translation>
    </message>
    <message>
        <source>Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the checklist asks you to note it or turn it off before the account is deleted.</source>
        <translation>現在就把兩步驟驗證 PIN 記在安全的地方：WhatsApp 要求時需要用到，而檢查清單也會請您在刪除帳號前記下或關閉它。</translation>
    </message>
    <message>
        <source>The app account is already deleted, so coexistence is no longer possible: finish the full migration and register the number with your provider.</source>
        <translation>應用程式帳號已刪除，因此無法再使用共存模式：請完成完整移轉，並透過服務供應商註冊號碼。</translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider. To add a provider beside the current one, Conversation Routing (since October 2026) may spare the move.</source>
        <translation>號碼已經透過供應商使用 API：把它搬到新的供應商。若只想在現有供應商之外再加一家，Conversation Routing（自 2026 年 10 月起）可能免去搬遷。</translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either the account is deleted from the app (after backing up every chat), or the number first moves to the WhatsApp Business app on the same phone and is used there for a week before coexistence (reported by providers; Meta&apos;s help text on moving chats to the Business app was not checked).</source>
        <translation>號碼在一般 WhatsApp 應用程式上：共存需要 WhatsApp Business 應用程式，因此要嘛從應用程式刪除帳號（先備份所有聊天），要嘛先在同一支手機把號碼移到 WhatsApp Business 應用程式並使用一週，再進行共存（由供應商提供；未查證 Meta 關於把聊天移到 Business 應用程式的說明）。</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of one-to-one chat history with your provider, if the provider runs the sync within 24 hours of onboarding.</source>
        <translation>號碼在 WhatsApp Business 應用程式上：共存讓應用程式與 API 同時運作，並與供應商分享最多六個月的一對一聊天記錄，前提是供應商在上線後 24 小時內執行同步。</translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app, free of charge (on the API the first reply to them must be a template).</source>
        <translation>您大多數顧客最後一次來訊是在切換前 24 小時以上：使用共存，您可以繼續從應用程式免費回覆他們（在 API 上，第一則回覆必須是範本）。</translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation>號碼尚未使用 WhatsApp：可以直接在 API 上註冊。</translation>
    </message>
    <message>
        <source>Say where the number is now (just above) to get a suggestion.</source>
        <translation>請說明號碼目前在哪裡（就在上方），以取得建議。</translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation>歡迎回來：請解鎖您的封存檔以繼續</translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation>網頁，內含相片（.html）</translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation>網頁，附媒體資料夾（.html）</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF 文件（.pdf）</translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation>文字，與 WhatsApp 匯出的格式相同（.txt）</translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation>JSON，供其他程式使用（.json）</translation>
    </message>
    <message>
        <source>Export “{0}”</source>
        <translation>匯出「{0}」</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>格式</translation>
    </message>
    <message>
        <source>The whole chat</source>
        <translation>整個聊天</translation>
    </message>
    <message>
        <source>From</source>
        <translation>從</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>到</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>從 – 到</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation>匯出的檔案沒有加密：取得檔案的人都能讀取這些訊息。請妥善保管。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>匯出…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>匯出到</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>開始日期晚於結束日期。</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>正在匯出</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>正在寫入 {0}…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>已儲存到 {0}。</translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation>將媒體檔案儲存到</translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation>正在匯出媒體</translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation>正在將媒體檔案寫入 {0}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>已將 %Ln 個檔案儲存到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>儲存顧客清單</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>顧客.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 檔案 (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the customer list</source>
        <translation>正在匯出顧客清單</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>已將 %Ln 位顧客儲存到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation>封存檔完整無損：來自 {1} 個匯出檔案的 {0} 則訊息和 {2} 個媒體檔案皆已檢查。</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>發現的問題：</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>驗證封存檔</translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation>正在讀取每一頁、每則訊息和每個媒體檔案…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>變更密碼短語</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>目前的密碼短語</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>新的密碼短語</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>變更</translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation>正在變更…（約兩秒）</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>新的復原金鑰</translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation>新的復原金鑰將取代目前的金鑰，目前的金鑰會立即失效。如果舊金鑰遺失或被他人看到，請建立新金鑰。要繼續嗎？</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>正在建立新的復原金鑰…</translation>
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
        <translation>wamigrate — 聊天封存檔</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>唯讀</translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation>依名稱篩選聊天</translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation>篩選聊天</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜尋</translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation>聊天或搜尋</translation>
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
        <translation>詳細資料</translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation>匯入聊天匯出檔…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>解鎖…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>封存檔(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation>匯入聊天匯出檔(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>匯出這個聊天(&amp;E)…</translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation>匯出這個聊天的媒體(&amp;M)…</translation>
    </message>
    <message>
        <source>Export the &amp;customer list…</source>
        <translation>匯出顧客清單(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation>驗證封存檔(&amp;V)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>變更密碼短語(&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>新的復原金鑰(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>鎖定(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>關閉(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>檢視(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>搜尋訊息(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>跳至日期(&amp;J)…</translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation>聊天詳細資料(&amp;D)</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>這是我(&amp;M)</translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation>聊天排序方式</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>最近活動</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名稱</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>跟隨系統</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>淺色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外觀</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>永不</translation>
    </message>
    <message>
        <source>About wamigrate</source>
        <translation>關於 wamigrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Moves a WhatsApp number to the WhatsApp Business Platform without losing its chats: an encrypted archive of every conversation, the checks Meta applies, and a report for your provider.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: the archive is encrypted with your passphrase, and nothing is sent anywhere unless you ask for the check with Meta.&lt;/p&gt;</source>
        <translation>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;把 WhatsApp 號碼移到 WhatsApp Business Platform，而不遺失聊天：每段對話的加密封存檔、Meta 套用的檢查，以及給服務供應商的報告。&lt;/p&gt;&lt;p&gt;一切都留在這台電腦上：封存檔以您的密碼短語加密，除非您要求向 Meta 檢查，否則不會傳送任何資料。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>閒置多久後鎖定</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>說明(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About wamigrate</source>
        <translation>關於 wamigrate(&amp;A)</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>封存檔：{0}</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>唯讀：{0}</translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation>這個封存檔還沒有聊天。請匯入您在手機上匯出的聊天。</translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation>請選擇左側的聊天，或按 Ctrl+F 搜尋所有聊天。</translation>
    </message>
    <message>
        <source>No senders yet</source>
        <translation>尚無傳送者</translation>
    </message>
    <message>
        <source>Messages from {0} are shown as yours.</source>
        <translation>來自 {0} 的訊息會顯示為您的訊息。</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>複製文字</translation>
    </message>
    <message>
        <source>Open media…</source>
        <translation>開啟媒體…</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>前往被引用的訊息</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>開啟 {0}</translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation>封存檔已鎖定。
{0}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>已鎖定</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>媒體</translation>
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
        <translation>已刪除的訊息</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>通話</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>訊息</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>相片</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>影片</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>音訊</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>語音訊息</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>貼圖</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>聯絡人名片</translation>
    </message>
    <message>
        <source>You</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Reactions: {0}</source>
        <translation>心情回應：{0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>群組</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>reply to {0}</source>
        <translation>回覆 {0}</translation>
    </message>
    <message>
        <source>a message not in this chat</source>
        <translation>不在此對話中的訊息</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>回覆</translation>
    </message>
    <message>
        <source>The quoted message is not in this chat of the archive</source>
        <translation>被引用的訊息不在封存的此對話中</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>已編輯</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>按兩下以開啟</translation>
    </message>
    <message>
        <source>add the phone&apos;s Media folder to see it</source>
        <translation>加入手機的 Media 資料夾即可查看</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>未包含在匯出中</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>匯出時未包含的媒體</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>正在載入相片…</translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation>一對一聊天</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln 則訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>參與者（{0}）</translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation>未包含在匯出中：{0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>無</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>匯入來源</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>匯入於 {0}</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>第 {0} 行：</translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>聊天詳細資料</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在計算…</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>每月訊息數</translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation>日期是怎麼寫的？</translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation>{0} 中的日期有兩種讀法。第一則訊息是什麼時候傳送的？</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>新增檔案…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>新增資料夾…</translation>
    </message>
    <message>
        <source>Add the phone&apos;s backup…</source>
        <translation>加入手機的備份…</translation>
    </message>
    <message>
        <source>msgstore.db.crypt15, copied from the phone&apos;s WhatsApp/Databases folder</source>
        <translation>msgstore.db.crypt15，從手機的 WhatsApp/Databases 資料夾複製</translation>
    </message>
    <message>
        <source>Add an iPhone backup…</source>
        <translation>加入 iPhone 備份…</translation>
    </message>
    <message>
        <source>A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)</source>
        <translation>在這台電腦上製作的 iPhone 備份（Finder、iTunes、Apple 裝置）</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>從清單移除</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>要匯入的匯出檔</translation>
    </message>
    <message>
        <source>File</source>
        <translation>檔案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>狀態</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>新訊息</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>已在封存檔中</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>備註</translation>
    </message>
    <message>
        <source>Notes on the selected file</source>
        <translation>所選檔案的備註</translation>
    </message>
    <message>
        <source>Import what can be read</source>
        <translation>匯入可讀取的部分</translation>
    </message>
    <message>
        <source>Import this database&apos;s messages without the parts it lacks</source>
        <translation>匯入這個資料庫的訊息，不含它缺少的部分</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有檔案</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>所有檔案：%p%</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>目前檔案</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>這個檔案：%p%</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>匯入速度</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>匯入</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消匯入</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>匯入結果</translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation>選擇聊天匯出檔</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>聊天匯出檔</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s backup</source>
        <translation>選擇手機的備份</translation>
    </message>
    <message>
        <source>Phone backups</source>
        <translation>手機備份</translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation>選擇聊天匯出檔的資料夾</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>正在匯入…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>%Ln 個來自手機的聊天</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln 份匯出的副本已由手機的記錄取代</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>已保存 %Ln 個媒體檔案</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>已略過 %Ln 個檔案：展開以查看原因</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>檢查日期…</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>這個檔案的日期有兩種讀法。</translation>
    </message>
    <message>
        <source>The dates could be read two ways: click “Check the dates…” to see both readings.</source>
        <translation>日期有兩種讀法：按一下「檢查日期…」查看兩種讀法。</translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation>已讀取 {0} / {1}，每秒 {2}</translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation>先前已匯入</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln 個警告：展開以閱讀</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation>已讀取 {0} 則訊息，每秒 {1} 則</translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation>日期已確認</translation>
    </message>
    <message>
        <source>Drop chat exports here (.txt or .zip files, or folders of them), or the phone&apos;s msgstore.db.crypt15.</source>
        <translation>將匯出的聊天拖放到這裡（.txt 或 .zip 檔案，或存放它們的資料夾），或手機的 msgstore.db.crypt15。</translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation>正在重新讀取…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>未匯入</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>完成：封存檔中有 %Ln 則新訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these files were already in the archive.</source>
        <translation>沒有新內容：這些檔案已在封存檔中。</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>未匯入任何內容：有 %Ln 個檔案無法讀取。選取一個即可查看原因。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>有 %Ln 個檔案無法讀取：選取一個即可查看原因。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before, except {0}: it had already been read again with the other date order when Cancel took effect.</source>
        <translation>已取消匯入。封存檔已回到匯入前的狀態，但 {0} 除外：取消生效時，它已用另一種日期順序重新讀取。</translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation>已取消匯入。封存檔維持原狀。</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>匯入聊天匯出檔</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進度</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。沒有任何變更。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在載入…</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>實際大小</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>在其他應用程式中開啟</translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation>為其他應用程式建立私人暫存副本；關閉此視窗時會刪除。</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>儲存副本…</translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation>這個檔案未包含在匯出中，因此封存檔中沒有它。</translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation>由 {0} 於 {1} 傳送</translation>
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
        <translation>封存檔中缺少這個檔案。請執行「驗證封存檔」來檢查。</translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation>wamigrate 無法直接顯示這類檔案。請使用「在其他應用程式中開啟」或「儲存副本…」。</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>儲存副本</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有檔案 (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未儲存</translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation>無法儲存副本：{0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation>幾個不相關的詞，例如 copper lantern orbit 47</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>再次輸入密碼短語</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>再輸入一次</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次輸入相同的密碼短語</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>顯示密碼短語</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>密碼短語提示</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>大寫鎖定似乎已開啟。</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>請輸入密碼短語。</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>兩次輸入的密碼短語還不相同。</translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation>強度足夠。開頭或結尾的空格會被忽略。</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation>至少 10 個字元；幾個不相關的詞很容易記住。</translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation>wamigrate 復原套件</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>建立日期：{0}</translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation>忘記密碼短語時，這把金鑰可以開啟封存檔。任何人只要同時擁有金鑰和封存檔，就能讀取其中每一則訊息。</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation>請將它存放在安全且遠離存有封存檔之電腦的地方：印出來鎖在抽屜裡，或存入密碼管理工具。</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation>這是您的復原金鑰。忘記密碼短語時，它可以開啟封存檔。它只會在此時顯示：請儲存、列印或抄寫下來，並存放在遠離這台電腦的地方。</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>複製</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>列印…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>另存為 PDF…</translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation>為確認您已保存，請輸入金鑰的最後一組（最後一個連字號後的四個字元）：</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>復原金鑰的最後一組</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>復原金鑰檢查</translation>
    </message>
    <message>
        <source>That is the last group.</source>
        <translation>這就是最後一組。</translation>
    </message>
    <message>
        <source>Not the last group yet.</source>
        <translation>還不是最後一組。</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>已複製。請貼到您的密碼管理工具，然後清除剪貼簿。</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>已送到印表機。</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>儲存復原套件</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>無法儲存 PDF：{0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation>已儲存到 {0}。請將它移出這台電腦（USB 隨身碟、密碼管理工具）。</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>您的復原金鑰</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>我已保存</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>尚未保存復原金鑰</translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation>您尚未輸入金鑰的最後一組。沒有金鑰，忘記密碼短語就代表封存檔遺失。仍要關閉嗎？</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>搜尋訊息（Ctrl+F）</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>搜尋訊息</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>搜尋範圍</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>所有聊天</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>這個聊天</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>篩選條件</translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation>依傳送者、日期和訊息類型篩選</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>傳送者</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>任何人</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>訊息類型</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>任何類型</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>類型</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>搜尋狀態</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜尋結果</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>任何日期</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation>輸入要尋找的字詞，或選擇篩選條件。</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>正在搜尋…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>找不到訊息。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>目前找到 %Ln 則訊息；捲動時會顯示更多。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>找到 %Ln 則訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>請輸入復原金鑰。</translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation>解鎖封存檔</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>封存檔</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>封存檔資料夾</translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation>使用密碼短語</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>使用復原金鑰</translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation>解鎖結果</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解鎖</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>請選擇封存檔資料夾。</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation>正在解鎖…（約需一秒）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步驟</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>建議的日期</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>此頁面尚需完成的項目</translation>
    </message>
    <message>
        <source>To continue: {0}</source>
        <translation>若要繼續：{0}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>你好！</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>謝謝</translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation>1. 開啟聊天，點選上方的名稱</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>聯絡人資訊</translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation>媒體、連結</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>已加星號</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>匯出聊天</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>清除聊天</translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation>2. 點選「匯出聊天」</translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation>附加媒體</translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation>不含媒體</translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation>3. 選擇含或不含媒體</translation>
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
        <translation>郵件</translation>
    </message>
    <message>
        <source>Save to Files</source>
        <translation>儲存到「檔案」</translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation>4. 儲存後複製到這台電腦</translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation>1. 開啟聊天，點選 ⋮</translation>
    </message>
    <message>
        <source>View contact</source>
        <translation>查看聯絡人</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>帳號</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>隱私</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>1. In WhatsApp: ⋮ ▸ Settings ▸ Chats</source>
        <translation>1. 在 WhatsApp：⋮ ▸ 設定 ▸ 聊天</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>桌布</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主題</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>對話備份</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>聊天記錄</translation>
    </message>
    <message>
        <source>2. Tap Chat backup</source>
        <translation>2. 點按「對話備份」</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>加密備份</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Google 帳戶</translation>
    </message>
    <message>
        <source>3. End-to-end encrypted backup ▸ Turn on</source>
        <translation>3. 端對端加密備份 ▸ 開啟</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>這台電腦</translation>
    </message>
    <message>
        <source>Encrypt backup</source>
        <translation>加密備份</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>立即備份</translation>
    </message>
    <message>
        <source>Chat Backup</source>
        <translation>聊天備份</translation>
    </message>
    <message>
        <source>Auto Backup</source>
        <translation>自動備份</translation>
    </message>
    <message>
        <source>1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup</source>
        <translation>1. 在 WhatsApp 中：設定 ▸ 聊天 ▸ 聊天備份</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>2. If the encrypted backup is on, turn it off</source>
        <translation>2. 如果加密備份已開啟，請將其關閉</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup</source>
        <translation>3. 在電腦上（Finder、Apple 裝置或 iTunes）：勾選「加密本機備份」</translation>
    </message>
    <message>
        <source>4. Click Back Up Now and wait until it has finished</source>
        <translation>4. 按一下「立即備份」並等到完成</translation>
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
        <translation>這台電腦上的 &lt;b&gt;iPhone 備份&lt;/b&gt;包含每一則 WhatsApp 聊天。請選擇這支手機最新的備份。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>備份</translation>
    </message>
    <message>
        <source>iPhone backups on this computer</source>
        <translation>這台電腦上的 iPhone 備份</translation>
    </message>
    <message>
        <source>Add this backup</source>
        <translation>加入這個備份</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>找到的備份</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>其他資料夾…</translation>
    </message>
    <message>
        <source>A backup folder copied elsewhere, or one in a place wamigrate does not know</source>
        <translation>複製到別處的備份資料夾，或位於 wamigrate 不知道之處的備份</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密碼</translation>
    </message>
    <message>
        <source>The iPhone backup&apos;s password</source>
        <translation>iPhone 備份的密碼</translation>
    </message>
    <message>
        <source>Only for an encrypted backup: the password chosen for the backups</source>
        <translation>僅限加密備份：為備份設定的密碼</translation>
    </message>
    <message>
        <source>App</source>
        <translation>App</translation>
    </message>
    <message>
        <source>Which WhatsApp</source>
        <translation>哪個 WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp (or the one the phone has)</source>
        <translation>WhatsApp（或手機上有的那一個）</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>在這台電腦上找到 %Ln 個備份。</numerusform>
        </translation>
    </message>
    <message>
        <source>No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes or the Apple Devices app, or choose the backup&apos;s folder.</source>
        <translation>在常用位置找不到 iPhone 備份。請連接 iPhone，並在 Finder、iTunes 或 Apple 裝置 App 中備份，或選擇備份的資料夾。</translation>
    </message>
    <message>
        <source>Choose the iPhone backup&apos;s folder</source>
        <translation>選擇 iPhone 備份的資料夾</translation>
    </message>
    <message>
        <source>{0} is encrypted: type the password chosen for the iPhone&apos;s backups.</source>
        <translation>{0} 已加密：請輸入為 iPhone 備份設定的密碼。</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>通行密鑰</translation>
    </message>
    <message>
        <source>64-digit key</source>
        <translation>64 位數金鑰</translation>
    </message>
    <message>
        <source>4. Choose the 64-digit key and write it down</source>
        <translation>4. 選擇 64 位數金鑰並把它抄下</translation>
    </message>
    <message>
        <source>5. Tap Back up, then copy the file</source>
        <translation>5. 點按「備份」，然後複製檔案</translation>
    </message>
    <message>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation>2. 點選「更多」</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>檢舉</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>封鎖</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>清除聊天</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>匯出聊天</translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation>3. 點選「匯出聊天」</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>不含媒體</translation>
    </message>
    <message>
        <source>Include media</source>
        <translation>包含媒體</translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation>4. 選擇後儲存到雲端硬碟或以電子郵件傳送</translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation>切換時的變化</translation>
    </message>
    <message>
        <source>Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past a monthly free allowance), who will need a template, and what the API will not carry over.</source>
        <translation>誰仍可用一般訊息回覆（自 2026 年 10 月 1 日起，超過每月免費額度後按則收費）、誰需要範本，以及 API 不會帶過去的內容。</translation>
    </message>
    <message>
        <source>Which of these is you?</source>
        <translation>以下哪一個是您？</translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation>預計切換時間</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>時區</translation>
    </message>
    <message>
        <source>First message to customers outside the window</source>
        <translation>傳給視窗外顧客的第一則訊息</translation>
    </message>
    <message>
        <source>Use Meta&apos;s current rate card…</source>
        <translation>使用 Meta 目前的費率表…</translation>
    </message>
    <message>
        <source>The rate card (CSV) downloaded from Meta&apos;s WhatsApp pricing page: its rates price the estimate.</source>
        <translation>從 Meta 的 WhatsApp 價格頁面下載的費率表（CSV）：估算依其費率計算。</translation>
    </message>
    <message>
        <source>Use the rates shipped with wamigrate</source>
        <translation>使用 wamigrate 內建的費率</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>費率</translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation>轉移的影響</translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation>依最後一則訊息距今時間區分的顧客</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>選擇您的名稱…</translation>
    </message>
    <message>
        <source>Choose the name your business has in these chats. Until wamigrate knows which sender is you, it cannot tell which customers wrote last, so the counts below are hidden.</source>
        <translation>請選擇您的商家在這些對話中的名稱。在 wamigrate 知道哪位傳送者是您之前，無法判斷哪些客戶最後傳訊息，因此下方的數字會先隱藏。</translation>
    </message>
    <message>
        <source>You chose {0}. The browser shows these messages as yours.</source>
        <translation>您選擇了 {0}。瀏覽器會把這些訊息顯示為您的訊息。</translation>
    </message>
    <message>
        <source>wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong.</source>
        <translation>wamigrate 把 {0} 當成您：這個名稱在每個對話中都有傳訊息。如果不對，請選擇其他名稱。</translation>
    </message>
    <message>
        <source>Meta&apos;s rate card</source>
        <translation>Meta 的費率表</translation>
    </message>
    <message>
        <source>Rate card (*.csv);;All files (*)</source>
        <translation>費率表 (*.csv);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>{0}, effective {1}.</source>
        <translation>{0}，自 {1} 起生效。</translation>
    </message>
    <message>
        <source>Shipped with wamigrate: Meta&apos;s rates effective {0}.</source>
        <translation>wamigrate 內建：自 {0} 起生效的 Meta 費率。</translation>
    </message>
    <message>
        <source>The shipped rates are used instead.</source>
        <translation>改用 wamigrate 內建的費率。</translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation>正在分析封存檔…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;建議：&lt;/b&gt;{0}</translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation>請等待分析完成。</translation>
    </message>
    <message>
        <source>Choose your name above (Which of these is you?): until then wamigrate cannot say which customers wrote last, or who can still be answered without a template.</source>
        <translation>請在上方選擇您的名稱（哪一個是您？）：在此之前，wamigrate 無法判斷哪些顧客最後來訊，或誰仍可不用範本回覆。</translation>
    </message>
    <message>
        <source>download the rate card (CSV) from Meta&apos;s WhatsApp pricing page and choose it with “Use Meta&apos;s current rate card…” above.</source>
        <translation>請從 Meta 的 WhatsApp 價格頁面下載費率表（CSV），並以上方的「使用 Meta 目前的費率表…」選取。</translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>您的商家以 &lt;b&gt;{0}&lt;/b&gt; 的名稱傳訊。</translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation>在「檢查與驗證」頁面完成：最後一次驗證在最後一次匯入後通過。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ ⋮ ▸ 設定 ▸ 帳號 ▸ 雙步驟驗證：記下 PIN 碼，或將其關閉。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ 設定 ▸ 帳號 ▸ 雙步驟驗證：記下 PIN 碼，或將其關閉。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ ⋮ ▸ 設定 ▸ 帳號 ▸ 刪除我的帳號 ▸ 輸入號碼 ▸ 刪除我的帳號。</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ 設定 ▸ 帳號 ▸ 刪除我的帳號 ▸ 輸入號碼 ▸ 刪除我的帳號。</translation>
    </message>
    <message>
        <source>Messages that came in since your last export are only on the phone, and deleting the account deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the top), then import the files with the button below and verify.</source>
        <translation>自上次匯出後收到的訊息只存在手機上，刪除帳號就會一併刪除。請在手機上再次匯出每個有新訊息的對話（WhatsApp 會把它們列在最上方），再用下方按鈕匯入檔案並驗證。</translation>
    </message>
    <message>
        <source>At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept one; the display name; the login of your Meta business portfolio; a payment method.</source>
        <translation>在您的服務供應商（其網站，或它給您的註冊連結）新增號碼。請準備好：開機的手機，以便透過簡訊或語音來電接收 6 位數驗證碼；兩步驟驗證 PIN（如果您保留了）；顯示名稱；Meta 商家資產組合的登入資訊；付款方式。</translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation>Meta 需要幾分鐘才能釋出號碼（太早註冊會出現錯誤 133015）。</translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation>不要在手機上開啟 WhatsApp 重新註冊這個號碼：號碼會離開 API。</translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation>Play 商店 ▸ WhatsApp Business ▸ 更新。在 設定 ▸ 說明 ▸ 應用程式資訊 中查看版本。</translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation>App Store ▸ WhatsApp Business ▸ 更新。在 設定 ▸ 說明 中查看版本。</translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation>WhatsApp 網頁版和桌面版的工作階段將被登出；請告知使用它們的員工。</translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts the history and contact sync within 24 hours, or the onboarding must be done again.</source>
        <translation>上線流程中，應用程式會要求分享聊天記錄：點選「確認」，並確保供應商在 24 小時內開始同步記錄和聯絡人，否則必須重新上線。</translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).</source>
        <translation>至少每 13 天在手機上開啟一次 WhatsApp Business 應用程式（每週開啟更保險）。</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation>WhatsApp 管理工具 ▸ 電話號碼 ▸ 該號碼 ▸ 雙步驟驗證 ▸ 關閉。</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation>WhatsApp 管理工具 ▸ 電話號碼：顯示名稱顯示為「已核准」。</translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation>商家設定 ▸ 付款（或供應商的入口網站）：已新增付款方式。</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation>每完成一個步驟就勾選。每次勾選都會連同時間記錄在封存檔中。</translation>
    </message>
    <message>
        <source>Import the final exports…</source>
        <translation>匯入最後的匯出檔…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>立即驗證</translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation>已於 {0} 完成。</translation>
    </message>
    <message>
        <source>The 5 minutes have passed: tick the wait, then register the number.</source>
        <translation>5 分鐘已過：請勾選等待步驟，然後註冊號碼。</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>此操作無法復原</translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation>請在真正完成後才勾選：「{0}」。已完成嗎？</translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation>商家就緒狀態</translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation>Meta 或您的供應商會問的幾個問題。尚不知道的可以先略過。</translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation>顯示名稱（顧客看得到）</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>商家法定名稱</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>網站</translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation>隱私權政策網址</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>類別</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>商家驗證</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>已驗證</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>審核中</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>尚未開始</translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation>供應商（解決方案合作夥伴）</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>供應商類型</translation>
    </message>
    <message>
        <source>Solution Partner</source>
        <translation>解決方案合作夥伴</translation>
    </message>
    <message>
        <source>Tech Provider</source>
        <translation>技術供應商</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Retail and shops</source>
        <translation>零售與商店</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>餐飲</translation>
    </message>
    <message>
        <source>Health clinic</source>
        <translation>醫療診所</translation>
    </message>
    <message>
        <source>Beauty and wellness</source>
        <translation>美容與保健</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>教育</translation>
    </message>
    <message>
        <source>Travel and hotels</source>
        <translation>旅遊與飯店</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>專業服務</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>金融服務</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>房地產</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>汽車</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>娛樂</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>非營利</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>酒類</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>菸草</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>槍枝</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>毒品</translation>
    </message>
    <message>
        <source>Prescription medicine</source>
        <translation>處方藥</translation>
    </message>
    <message>
        <source>Over-the-counter medicine</source>
        <translation>非處方藥</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>醫療器材</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>博弈</translation>
    </message>
    <message>
        <source>Adult products</source>
        <translation>成人產品</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>交友</translation>
    </message>
    <message>
        <source>Cryptocurrency</source>
        <translation>加密貨幣</translation>
    </message>
    <message>
        <source>Multi-level marketing</source>
        <translation>多層次傳銷</translation>
    </message>
    <message>
        <source>Payday loans</source>
        <translation>發薪日貸款</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>催收債務</translation>
    </message>
    <message>
        <source>Live animals</source>
        <translation>活體動物</translation>
    </message>
    <message>
        <source>General-purpose AI assistant</source>
        <translation>通用型 AI 助理</translation>
    </message>
    <message>
        <source>Restricted or regulated by Meta&apos;s policy:</source>
        <translation>受 Meta 政策限制或管制：</translation>
    </message>
    <message>
        <source>The business already has a Meta business portfolio</source>
        <translation>商家已有 Meta 商家資產組合</translation>
    </message>
    <message>
        <source>No, it will be created</source>
        <translation>沒有，將會建立</translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation>已新增付款方式</translation>
    </message>
    <message>
        <source>A phone menu (IVR) answers calls to this number</source>
        <translation>這個號碼的來電由語音選單（IVR）接聽</translation>
    </message>
    <message>
        <source>Linked devices (WhatsApp Web, desktop, tablets)</source>
        <translation>已連結的裝置（WhatsApp Web、電腦版、平板）</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 個以上</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): add them one by one, load a file, or paste them in TOML as in docs/profile-example.toml.</source>
        <translation>&lt;b&gt;範本&lt;/b&gt;（選填）：逐一新增、載入檔案，或如 docs/profile-example.toml 所示以 TOML 格式貼上。</translation>
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
        <translation>顧客如何同意接收訊息</translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation>WhatsApp Business 應用程式版本（設定 ▸ 說明）</translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation>訊息範本（TOML）</translation>
    </message>
    <message>
        <source>Add a template…</source>
        <translation>新增範本…</translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation>從檔案載入範本…</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>就緒檢查結果</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>我還不知道</translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation>範本檔案</translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation>TOML (*.toml);;所有檔案 (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>無法讀取檔案：{0}</translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation>範本不是有效的 TOML：{0}</translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation>您的就緒報告</translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation>請儲存並提供給您的供應商，並妥善保管封存檔。</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>結論</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>另存為網頁…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>另存為 JSON…</translation>
    </message>
    <message>
        <source>Include the export file names (they usually contain customers&apos; names)</source>
        <translation>包含匯出檔的檔名（通常含有顧客姓名）</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>已儲存的報告</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>尚待完成的事項</translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation>開啟封存檔瀏覽器</translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation>閱讀及搜尋已封存的聊天</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>正在產生報告…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n 項檢查結果需要處理。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n 個問題尚未回答。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>沒有其他待辦事項。</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>網頁 (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>儲存報告</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>正在儲存報告</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;在 Android 上&lt;/b&gt;，每個聊天：開啟聊天 ▸ 點選 ⋮（右上角）▸ &lt;i&gt;更多&lt;/i&gt; ▸ &lt;i&gt;匯出聊天&lt;/i&gt; ▸ &lt;i&gt;包含媒體&lt;/i&gt;（或 &lt;i&gt;不含媒體&lt;/i&gt;）▸ 將檔案儲存到 Google 雲端硬碟或以電子郵件寄給自己，再複製到這台電腦。</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation>&lt;b&gt;在 iPhone 上&lt;/b&gt;，每個聊天：開啟聊天 ▸ 點選上方的聯絡人或群組名稱 ▸ &lt;i&gt;匯出聊天&lt;/i&gt; ▸ &lt;i&gt;附加媒體&lt;/i&gt;（或 &lt;i&gt;不含媒體&lt;/i&gt;）▸ &lt;i&gt;儲存到「檔案」&lt;/i&gt;或用 AirDrop 傳到這台電腦。</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) or &lt;i&gt;Mail&lt;/i&gt; it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;在 iPhone 上&lt;/b&gt;，每個聊天：開啟聊天 ▸ 點選上方的聯絡人或群組名稱 ▸ &lt;i&gt;匯出聊天&lt;/i&gt; ▸ &lt;i&gt;附加媒體&lt;/i&gt;（或 &lt;i&gt;不含媒體&lt;/i&gt;）▸ &lt;i&gt;儲存到「檔案」&lt;/i&gt;（iCloud 雲碟）或用&lt;i&gt;郵件&lt;/i&gt;寄給自己，再複製到這台電腦。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the phone, in one step&lt;/b&gt; (Android, WhatsApp or WhatsApp Business): turn on the &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; with the &lt;b&gt;64-digit key&lt;/b&gt; (not a password or passkey: those cannot be opened on a computer) and &lt;b&gt;write the key down&lt;/b&gt;, WhatsApp shows it once. Tap &lt;i&gt;Back up&lt;/i&gt;. Then connect the phone by USB and copy &lt;tt&gt;{0}&lt;/tt&gt; to this computer, and, if you want the photos and voice notes too, the &lt;tt&gt;Media&lt;/tt&gt; folder next to &lt;tt&gt;Databases&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;一次取得手機上的全部內容&lt;/b&gt;（Android，WhatsApp 或 WhatsApp Business）：以 &lt;b&gt;64 位數金鑰&lt;/b&gt;開啟&lt;i&gt;端對端加密備份&lt;/i&gt;（不要用密碼或通行密鑰：那些無法在電腦上開啟），並&lt;b&gt;把金鑰抄下&lt;/b&gt;，WhatsApp 只顯示一次。點按&lt;i&gt;備份&lt;/i&gt;。然後用 USB 連接手機，把 &lt;tt&gt;{0}&lt;/tt&gt; 複製到這部電腦；如果也想要相片和語音訊息，再複製 &lt;tt&gt;Databases&lt;/tt&gt; 旁邊的 &lt;tt&gt;Media&lt;/tt&gt; 資料夾。</translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation>WhatsApp 在含媒體的匯出中最多放入 &lt;b&gt;10,000 則最近的訊息&lt;/b&gt;，不含媒體時最多 &lt;b&gt;40,000&lt;/b&gt; 則。較長的聊天請用兩種方式各匯出一次：wamigrate 每則訊息只保留一份。</translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation>保護您的記錄</translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation>從手機匯出每個聊天，並保存在這台電腦上的加密封存檔中。</translation>
    </message>
    <message>
        <source>Everything from the phone (recommended): every chat, complete</source>
        <translation>手機上的全部內容（建議）：每個聊天，完整無缺</translation>
    </message>
    <message>
        <source>Chats exported one by one</source>
        <translation>逐一匯出的聊天</translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation>建立新的封存檔</translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation>開啟我之前建立的封存檔</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>封存檔位置</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>選擇…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the iPhone, in one step&lt;/b&gt; (WhatsApp or WhatsApp Business): if WhatsApp&apos;s own &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat Backup): while it is on, the chats are not in the computer&apos;s backup. Then connect the iPhone to this computer and back it up: in &lt;b&gt;Finder&lt;/b&gt; on a Mac, or the &lt;b&gt;Apple Devices&lt;/b&gt; app (or iTunes) on Windows, choose &lt;i&gt;Back up all of the data on your iPhone to this computer&lt;/i&gt;, tick &lt;i&gt;Encrypt local backup&lt;/i&gt;, choose a password you will remember, and click &lt;i&gt;Back Up Now&lt;/i&gt;. When it has finished, choose the backup on the next page.</source>
        <translation>&lt;b&gt;一次取得 iPhone 上的全部內容&lt;/b&gt;（WhatsApp 或 WhatsApp Business）：如果 WhatsApp 本身備份到 iCloud 的&lt;i&gt;端對端加密備份&lt;/i&gt;已開啟，請先關閉（WhatsApp ▸ 設定 ▸ 聊天 ▸ 聊天備份）：開啟期間，聊天不會在電腦的備份中。接著將 iPhone 連接到這台電腦並備份：在 Mac 的 &lt;b&gt;Finder&lt;/b&gt;，或 Windows 的 &lt;b&gt;Apple 裝置&lt;/b&gt; App（或 iTunes）中，選擇&lt;i&gt;將 iPhone 上所有的資料備份到這台電腦&lt;/i&gt;，勾選&lt;i&gt;加密本機備份&lt;/i&gt;，設定一個您記得住的密碼，然後按一下&lt;i&gt;立即備份&lt;/i&gt;。完成後，在下一頁選擇這個備份。</translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation>選擇封存檔的存放位置</translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation>建立封存檔</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>封存檔狀態</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>建立新的復原金鑰</translation>
    </message>
    <message>
        <source>Copy every chat from the phone&apos;s own backup, and keep them in an encrypted archive on this computer.</source>
        <translation>從手機本身的備份複製每個聊天，並保存在這部電腦上的加密封存檔中。</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>封存檔的存放位置</translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation>封存檔 (*.wamarchive)</translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation>選擇封存檔資料夾（名稱以 .wamarchive 結尾）</translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation>正在建立封存檔…（需要幾秒）</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>正在解鎖…</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation>封存檔已解鎖：{0}</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed while it was shown). Make a new recovery key and keep it before you go on: the old one stops working.</source>
        <translation>封存檔已解鎖：{0}。它的復原金鑰從未確認已保存（顯示金鑰時視窗被關閉了）。請先建立新的復原金鑰並妥善保存再繼續：舊的金鑰將失效。</translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation>封存檔已建立：{0}</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the archive.</source>
        <translation>已建立新的復原金鑰；舊的金鑰無法再開啟封存檔。</translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation>請等待封存檔開啟。</translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation>匯入您的聊天</translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation>加入匯出的聊天。您之後還可以從此頁面或封存檔瀏覽器加入更多。</translation>
    </message>
    <message>
        <source>Choose the iPhone&apos;s newest backup and type its password if it is encrypted. Exported chats can be added too, now or later.</source>
        <translation>選擇 iPhone 最新的備份，如已加密請輸入其密碼。匯出的聊天也可以現在或之後加入。</translation>
    </message>
    <message>
        <source>Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats can be added too, now or later.</source>
        <translation>加入從手機複製的 msgstore.db.crypt15，並輸入它的 64 位數金鑰。也可以加入匯出的聊天，現在或稍後皆可。</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>請等待匯入完成，或取消匯入。</translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation>檢查與驗證</translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation>確認您需要的每個聊天都在這裡，然後驗證封存檔：每一頁、每則訊息和每個檔案都會重新讀取。</translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation>封存檔中的聊天</translation>
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
        <translation>來源</translation>
    </message>
    <message>
        <source>Double-click a chat to read it</source>
        <translation>按兩下聊天即可閱讀</translation>
    </message>
    <message>
        <source>Rename the chat…</source>
        <translation>重新命名聊天…</translation>
    </message>
    <message>
        <source>Give the selected chat a name that says who it is</source>
        <translation>為所選聊天取一個能看出對象的名稱</translation>
    </message>
    <message>
        <source>Read the chat</source>
        <translation>閱讀聊天</translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation>驗證封存檔</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>驗證進度</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>驗證結果</translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation>正在計算聊天數…</translation>
    </message>
    <message>
        <source>Rename the chat</source>
        <translation>重新命名聊天</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>「{0}」的新名稱：</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation>{0} 個聊天，{1} 則訊息。</translation>
    </message>
    <message>
        <source>All {0} chats of the phone&apos;s database {1} are here: first message {2}, last message {3}.</source>
        <translation>手機資料庫 {1} 的全部 {0} 個聊天都在這裡：第一則訊息 {2}，最後一則訊息 {3}。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln 個聊天只來自匯出；手機的資料庫沒有它們：{0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation>已在最後一次匯入後驗證。</translation>
    </message>
    <message>
        <source>Phone and exports</source>
        <translation>手機和匯出</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>匯出</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>正在驗證…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>已取消驗證。</translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation>請等待驗證完成。</translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation>WhatsApp（一般應用程式）</translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business 應用程式</translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation>已經在 API 上，並有供應商</translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation>尚未使用 WhatsApp</translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation>將您的號碼轉移到 WhatsApp Business Platform</translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation>wamigrate 會依安全的順序一步步引導您完成轉移：先將您的聊天備份到這台電腦上的加密封存檔，接著檢查，之後檢查清單才會開放無法復原的步驟。您可以隨時關閉 wamigrate：下次會從您停下的地方繼續。</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history.&lt;/b&gt; On a full migration it does not move: deleting the app account loses every conversation on the phone unless it is backed up first. With coexistence the provider can copy up to 6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; For 24 hours after a customer&apos;s last message or call you can answer with ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those replies are charged per message past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; Meta, “Upcoming pricing updates”, updated 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates, broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;API 上有什麼改變&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;聊天記錄。&lt;/b&gt;完整遷移時不會帶過去：刪除應用程式帳號會失去手機上的所有對話，除非事先備份。使用共存時，供應商可在上線後 24 小時內一次複製最多 6 個月的一對一聊天（不含群組，媒體只含最近 14 天）：請把這個封存當作完整副本保存。（Meta，“Migrate an existing WhatsApp number”，2025 年 10 月 31 日更新；Meta，“Onboard WhatsApp Business app users”，2026 年 3 月 20 日更新）&lt;/li&gt;&lt;li&gt;&lt;b&gt;24 小時規則。&lt;/b&gt;在顧客最後一則訊息或通話後 24 小時內，您可以用一般訊息回覆；之後只能用預先核准的範本。自 2026 年 10 月 1 日起，這些回覆超過每月免費額度後按則收費（供應商表示每個號碼 1,000 則），沒有付款方式時不會送達。（Meta，“Send messages”，2025 年 11 月 4 日更新；Meta，“Upcoming pricing updates”，2026 年 7 月 1 日更新）&lt;/li&gt;&lt;li&gt;&lt;b&gt;部分應用程式功能不會帶過去：&lt;/b&gt;刪除或轉寄訊息、限時動態、廣播清單（改用範本）、傳送投票；群組僅限已驗證品牌帳號且最多 8 人；通話只能透過通話整合；共存模式下兩者皆不可用。回應和回覆特定訊息則可以使用。（Meta，“Groups API”，2026 年 6 月 16 日更新）&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation>&lt;b&gt;不確定該走哪條路？&lt;/b&gt;號碼目前在哪裡？</translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation>號碼目前所在</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>採用建議</translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation>建議路線</translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation>&lt;b&gt;您要如何轉移號碼？&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation>從應用程式刪除帳號，號碼只在 API 上使用。</translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation>共存模式：保留 WhatsApp Business 應用程式</translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation>號碼同時在 Business 應用程式和 API 上運作。</translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation>號碼已經在 API 上；轉移到另一個供應商。</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>您的號碼</translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation>您要轉移的號碼，以及它目前所在的位置。</translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation>號碼所屬國家</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>選擇國家…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>國家</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation>例如 0912 345 678，或 +886 912 345 678</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>號碼</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>號碼檢查</translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation>目前在</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>手機</translation>
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
        <translation>已開啟雙步驟驗證（6 位數 PIN 碼）</translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation>號碼可接收簡訊</translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation>號碼可接聽語音來電</translation>
    </message>
    <message>
        <source>About the registration code</source>
        <translation>關於註冊驗證碼</translation>
    </message>
    <message>
        <source>{0}: a {1} number in {2}.</source>
        <translation>{0}：位於{2}的{1}號碼。</translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation>Meta 會透過簡訊或語音來電將註冊驗證碼傳送到號碼，所以註冊當天您必須能收到其中一種。</translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation>wamigrate — 轉移您的 WhatsApp 號碼</translation>
    </message>
    <message>
        <source>Close and continue later</source>
        <translation>關閉，稍後繼續</translation>
    </message>
    <message>
        <source>Choose the language of wamigrate</source>
        <translation>選擇 wamigrate 的語言</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation>匯入正在進行中。要取消並關閉嗎？封存檔會維持匯入前的狀態。</translation>
    </message>
    <message>
        <source>The recovery key is on screen and you have not typed its last group back yet. If you close now without keeping it, you will be asked to make a new one next time. Close anyway?</source>
        <translation>復原金鑰正顯示在螢幕上，而你還沒有輸入它的最後一組。如果現在關閉而沒有保存它，下次將需要建立新的金鑰。仍要關閉嗎？</translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation>要關閉助理嗎？您的回答已儲存（絕不包含密碼短語）；下次會從這裡繼續。</translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation>關閉 wamigrate</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>所有訊息</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln 則訊息，{0}。於 {1} 從封存檔匯出。</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>（不在封存檔中）</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>第 {0} 頁，共 {1} 頁</translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation>依最後一則訊息距今時間區分的顧客（切換時）</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>語言(&amp;L)</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>系統語言</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>語言</translation>
    </message>
    <message>
        <source>Not answered yet: {0}</source>
        <translation>尚未回答：{0}</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>請回答：{0}</translation>
    </message>
    <message>
        <source>the phone number, with its country code</source>
        <translation>含國碼的電話號碼</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a complete international number.</source>
        <translation>「{0}」不是完整的國際號碼。</translation>
    </message>
    <message>
        <source>Meta registers only numbers with a country code and area code; short codes are not supported.</source>
        <translation>Meta 只註冊含國碼和區碼的號碼；不支援短碼。</translation>
    </message>
    <message>
        <source>Enter the number with + and the country code, e.g. +44 7911 123456.</source>
        <translation>請輸入 + 和國碼開頭的號碼，例如 +886 912 345 678。</translation>
    </message>
    <message>
        <source>{0} is not a number in use in its country&apos;s numbering plan.</source>
        <translation>{0} 不是該國編碼計畫中使用中的號碼。</translation>
    </message>
    <message>
        <source>Meta sends a code to the number; an invalid number cannot receive it.</source>
        <translation>Meta 會傳送驗證碼到這個號碼；無效的號碼無法收到。</translation>
    </message>
    <message>
        <source>Check the digits and the country code.</source>
        <translation>請檢查數字和國碼。</translation>
    </message>
    <message>
        <source>{0} is a valid number ({1}).</source>
        <translation>{0} 是有效的號碼（{1}）。</translation>
    </message>
    <message>
        <source>a landline</source>
        <translation>市內電話</translation>
    </message>
    <message>
        <source>a toll-free number</source>
        <translation>免付費號碼</translation>
    </message>
    <message>
        <source>a VoIP/virtual number</source>
        <translation>VoIP／虛擬號碼</translation>
    </message>
    <message>
        <source>a premium-rate number</source>
        <translation>付費加值號碼</translation>
    </message>
    <message>
        <source>a universal-access number</source>
        <translation>通用接入號碼</translation>
    </message>
    <message>
        <source>a shared-cost number</source>
        <translation>分攤費用號碼</translation>
    </message>
    <message>
        <source>a personal (forwarding) number</source>
        <translation>個人（轉接）號碼</translation>
    </message>
    <message>
        <source>a valid phone number</source>
        <translation>有效的電話號碼</translation>
    </message>
    <message>
        <source>This is a pager number.</source>
        <translation>這是呼叫器號碼。</translation>
    </message>
    <message>
        <source>Meta does not support pager numbers.</source>
        <translation>Meta 不支援呼叫器號碼。</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>請使用行動電話號碼。</translation>
    </message>
    <message>
        <source>This is {0}.</source>
        <translation>這是{0}。</translation>
    </message>
    <message>
        <source>Meta does not recommend such numbers for the registration code by SMS or by voice call (nor machine-to-machine numbers): the code may never arrive.</source>
        <translation>Meta 不建議此類號碼以簡訊或語音電話接收註冊驗證碼（機器對機器號碼亦同）：驗證碼可能永遠收不到。</translation>
    </message>
    <message>
        <source>Register a mobile or landline number of the business instead, or test that a voice call reaches you.</source>
        <translation>改為登記商家的手機或市話號碼，或測試語音電話能否打到您。</translation>
    </message>
    <message>
        <source>Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.</source>
        <translation>Meta 不建議這類號碼以簡訊接收註冊驗證碼；語音來電可行。</translation>
    </message>
    <message>
        <source>Choose the voice-call option when Meta sends the code, and make sure a person can answer it.</source>
        <translation>Meta 傳送驗證碼時請選擇語音來電，並確保有人能接聽。</translation>
    </message>
    <message>
        <source>A mobile number: it can receive the code by SMS or voice call.</source>
        <translation>行動電話號碼：可以透過簡訊或語音來電接收驗證碼。</translation>
    </message>
    <message>
        <source>can the number receive SMS? voice calls?</source>
        <translation>號碼能接收簡訊嗎？語音來電呢？</translation>
    </message>
    <message>
        <source>The number can receive neither SMS nor voice calls.</source>
        <translation>這個號碼既不能接收簡訊，也不能接聽語音來電。</translation>
    </message>
    <message>
        <source>Meta proves you own the number with a code sent by SMS or voice call.</source>
        <translation>Meta 會以簡訊或語音來電傳送驗證碼，證明號碼屬於您。</translation>
    </message>
    <message>
        <source>Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before registering.</source>
        <translation>註冊前，請讓號碼能接收簡訊或語音來電（解除來電限制、關閉轉接）。</translation>
    </message>
    <message>
        <source>The number can receive the registration code.</source>
        <translation>這個號碼可以接收註冊驗證碼。</translation>
    </message>
    <message>
        <source>does an IVR (phone menu) answer calls to this number?</source>
        <translation>這個號碼的來電是否由 IVR（電話選單）接聽？</translation>
    </message>
    <message>
        <source>Calls to the number are answered by an IVR.</source>
        <translation>這個號碼的來電由 IVR 接聽。</translation>
    </message>
    <message>
        <source>The registration call must reach a person; IVR numbers that cannot receive it are not supported.</source>
        <translation>註冊來電必須由真人接聽；無法接收的 IVR 號碼不受支援。</translation>
    </message>
    <message>
        <source>Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes from and allow-list them so the call reaches a person.</source>
        <translation>註冊期間請關閉 IVR 和來電轉接，或向 Meta 詢問來電的號碼並將其加入允許清單，讓來電由真人接聽。</translation>
    </message>
    <message>
        <source>No IVR answers the number.</source>
        <translation>沒有 IVR 接聽這個號碼。</translation>
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
        <translation>北韓</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>敘利亞</translation>
    </message>
    <message>
        <source>the country of the business</source>
        <translation>商家所在的國家</translation>
    </message>
    <message>
        <source>The business or number is in {0}.</source>
        <translation>商家或號碼位於{0}。</translation>
    </message>
    <message>
        <source>Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not eligible for the WhatsApp Business Platform.</source>
        <translation>位於古巴、伊朗、北韓、敘利亞，以及克里米亞、頓內茨克和盧甘斯克地區的商家，不符合 WhatsApp Business Platform 的資格。</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration.</source>
        <translation>這無法透過設定解決。</translation>
    </message>
    <message>
        <source>Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be located there).</source>
        <translation>地區 {0} 符合資格（無法從號碼判斷是否位於克里米亞、頓內茨克、盧甘斯克：商家不得位於這些地區）。</translation>
    </message>
    <message>
        <source>which WhatsApp app the number is on now</source>
        <translation>號碼目前在哪個 WhatsApp 應用程式上</translation>
    </message>
    <message>
        <source>The number is not registered in a WhatsApp app.</source>
        <translation>這個號碼沒有註冊在任何 WhatsApp 應用程式中。</translation>
    </message>
    <message>
        <source>WhatsApp Messenger</source>
        <translation>WhatsApp Messenger</translation>
    </message>
    <message>
        <source>the WhatsApp Business app</source>
        <translation>WhatsApp Business 應用程式</translation>
    </message>
    <message>
        <source>The number is still registered in {0}.</source>
        <translation>這個號碼仍註冊在 {0} 中。</translation>
    </message>
    <message>
        <source>A number cannot be on the API and in the app at once; chat history is not moved to the API.</source>
        <translation>號碼不能同時在 API 和應用程式上；聊天記錄不會轉移到 API。</translation>
    </message>
    <message>
        <source>First back up every chat, then in the app: Settings &gt; Account &gt; Delete my account (checklist step).</source>
        <translation>先備份每個聊天，然後在應用程式中：設定 &gt; 帳號 &gt; 刪除我的帳號（檢查清單步驟）。</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app, which coexistence supports.</source>
        <translation>號碼在 WhatsApp Business 應用程式上，共存模式支援此情況。</translation>
    </message>
    <message>
        <source>WhatsApp Messenger (personal)</source>
        <translation>WhatsApp Messenger（個人）</translation>
    </message>
    <message>
        <source>no WhatsApp app</source>
        <translation>沒有任何 WhatsApp 應用程式</translation>
    </message>
    <message>
        <source>The number is on {0}.</source>
        <translation>號碼在{0}上。</translation>
    </message>
    <message>
        <source>Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.</source>
        <translation>共存模式讓 WhatsApp Business 應用程式與 API 並存；其他號碼無法使用。</translation>
    </message>
    <message>
        <source>Choose the full-migration route, or move the number to the WhatsApp Business app first.</source>
        <translation>請選擇完整遷移路線，或先將號碼轉到 WhatsApp Business 應用程式。</translation>
    </message>
    <message>
        <source>Reminder for cut-over day.</source>
        <translation>切換當天的提醒。</translation>
    </message>
    <message>
        <source>Registering too soon after deleting the app account fails with error 133015.</source>
        <translation>刪除應用程式帳號後太快註冊，會出現錯誤 133015。</translation>
    </message>
    <message>
        <source>After deleting the account, wait at least 5 minutes before the provider registers the number.</source>
        <translation>刪除帳號後，至少等待 5 分鐘，再由供應商註冊號碼。</translation>
    </message>
    <message>
        <source>the Business app version</source>
        <translation>Business 應用程式的版本</translation>
    </message>
    <message>
        <source>the provider&apos;s partner type</source>
        <translation>供應商的合作夥伴類型</translation>
    </message>
    <message>
        <source> and </source>
        <translation>和</translation>
    </message>
    <message>
        <source>the Business app is version {0} (2.24.17 or newer is needed)</source>
        <translation>Business 應用程式版本為 {0}（需要 2.24.17 或更新版本）</translation>
    </message>
    <message>
        <source>the provider is neither a Solution Partner nor a Tech Provider</source>
        <translation>供應商既不是解決方案合作夥伴，也不是技術供應商</translation>
    </message>
    <message>
        <source>Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.</source>
        <translation>Meta 只透過解決方案合作夥伴和技術供應商，在較新的應用程式版本上提供共存模式。</translation>
    </message>
    <message>
        <source>Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.</source>
        <translation>請更新 WhatsApp Business 應用程式；選擇解決方案合作夥伴或技術供應商作為供應商。</translation>
    </message>
    <message>
        <source>App version and provider support coexistence.</source>
        <translation>應用程式版本和供應商支援共存模式。</translation>
    </message>
    <message>
        <source>Providers also report that the number must have been used in the Business app for at least 7 days before onboarding, and Meta&apos;s Embedded Signup v2 stopped working on 15 Oct 2026: a provider still using it cannot onboard anyone.</source>
        <translation>供應商也表示，號碼必須在上線前於 Business 應用程式使用至少 7 天；而 Meta 的 Embedded Signup v2 已於 2026 年 10 月 15 日停止運作：仍在使用它的供應商無法為任何人上線。</translation>
    </message>
    <message>
        <source>Use the Business app for a week before onboarding, and ask the provider which signup version it uses.</source>
        <translation>上線前先使用 Business 應用程式一週，並詢問供應商使用哪個註冊版本。</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>電話號碼</translation>
    </message>
    <message>
        <source>The number&apos;s country code is +{0}.</source>
        <translation>這個號碼的國碼是 +{0}。</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers.</source>
        <translation>奈及利亞（+234）和南非（+27）的號碼無法使用共存模式。</translation>
    </message>
    <message>
        <source>Use the full-migration route for this number.</source>
        <translation>這個號碼請使用完整遷移路線。</translation>
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
        <translation>共存模式的號碼每秒最多傳送 20 則訊息（一般為 80 則）。</translation>
    </message>
    <message>
        <source>Plan the onboarding day.</source>
        <translation>請規劃加入當天。</translation>
    </message>
    <message>
        <source>The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during onboarding, and the provider must start the history and contact sync within 24 hours of it, or you have to leave and redo the onboarding. Media older than 14 days is not included.</source>
        <translation>供應商可一次複製最多 180 天的一對一聊天（不含群組）；您在上線流程中點選「確認」，供應商必須在之後 24 小時內開始同步記錄和聯絡人，否則您必須退出並重新上線。超過 14 天的媒體不包含在內。</translation>
    </message>
    <message>
        <source>Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts the sync the same day.</source>
        <translation>把這個封存當作完整副本保存；在上線流程中點選「確認」，並確保供應商當天開始同步。</translation>
    </message>
    <message>
        <source>The number joins an existing business portfolio and gets its messaging limit at once.</source>
        <translation>號碼加入現有的商家資產組合，並立即取得其訊息上限。</translation>
    </message>
    <message>
        <source>The limit belongs to the business portfolio and is shared by all of its numbers.</source>
        <translation>上限屬於商家資產組合，由其所有號碼共用。</translation>
    </message>
    <message>
        <source>Other numbers&apos; templates use up the same limit: plan the first day with that in mind.</source>
        <translation>其他號碼的範本會用掉同一個上限：規劃第一天時要考慮這點。</translation>
    </message>
    <message>
        <source>does the business already have a Meta business portfolio?</source>
        <translation>商家是否已有 Meta 商家資產組合？</translation>
    </message>
    <message>
        <source>A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to 2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 customers reached in 30 days with high-quality templates) and a review of message quality.</source>
        <translation>新的商家資產組合在 24 小時視窗外從每天 250 位顧客開始。完成三種擴充途徑之一（商家驗證、合作夥伴主導的驗證，或 30 天內以高品質範本聯絡 2,000 位顧客）並經訊息品質審查後，Meta 會將其提高到 2,000。</translation>
    </message>
    <message>
        <source>New portfolio, verified business: 250 customers a day at first, 2,000 after Meta&apos;s quality review.</source>
        <translation>新的組合、已驗證的商家：起初每天 250 位顧客，經 Meta 品質審查後 2,000 位。</translation>
    </message>
    <message>
        <source>A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window.</source>
        <translation>新的商家資產組合，尚未驗證：24 小時視窗外每天 250 位顧客。</translation>
    </message>
    <message>
        <source>Complete business verification (or partner-led verification) before the cut-over, or spread the first templates over several days.</source>
        <translation>在切換前完成商家驗證（或合作夥伴主導的驗證），或把第一批範本分散在幾天內傳送。</translation>
    </message>
    <message>
        <source>it needs a copy-code or one-tap button</source>
        <translation>需要「複製驗證碼」或「一鍵」按鈕</translation>
    </message>
    <message>
        <source>its body must be Meta&apos;s preset text (&apos;{{1}} is your verification code.&apos;)</source>
        <translation>內文必須是 Meta 的預設文字（&apos;{{1}} is your verification code.&apos;）</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates are its preset code message with a copy-code or one-tap button; a custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a username (error 131062).</source>
        <translation>Meta 的驗證範本是其預設的驗證碼訊息，搭配「複製驗證碼」或「一鍵」按鈕；自訂文字、連結、媒體或表情符號都會被拒絕。這類範本無法傳給只有使用者名稱的顧客（錯誤 131062）。</translation>
    </message>
    <message>
        <source>Create the template from Meta&apos;s authentication preset and add a copy-code or one-tap button.</source>
        <translation>以 Meta 的驗證預設建立範本，並加上「複製驗證碼」或「一鍵」按鈕。</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 (error 131049); Canadian numbers are not affected.</source>
        <translation>自 2025 年 4 月 1 日起，行銷範本不會送達美國號碼（+1 加美國區碼）（錯誤 131049）；加拿大號碼不受影響。</translation>
    </message>
    <message>
        <source>Plan utility templates (or replies inside the 24-hour window) for US customers.</source>
        <translation>為美國顧客規劃公用程式範本（或在 24 小時視窗內回覆）。</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>您有 %n 位顧客使用美國號碼：行銷範本無法送達他們。</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s customers has a US number.</source>
        <translation>封存中的顧客都沒有美國號碼。</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n 個行銷範本，且商家位於美國：其多數顧客可能使用美國號碼。</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing templates reach your customers unless they have US numbers.</source>
        <translation>行銷範本會送達您的顧客，除非他們使用美國號碼。</translation>
    </message>
    <message>
        <source>how many linked devices (WhatsApp Web, desktop) the app has</source>
        <translation>應用程式有多少個已連結的裝置（WhatsApp 網頁版、桌面版）</translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n 個已連結的裝置。</numerusform>
        </translation>
    </message>
    <message>
        <source>All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.</source>
        <translation>加入時所有已連結的裝置都會被取消連結；不支援 Windows 版 WhatsApp 和 WearOS。</translation>
    </message>
    <message>
        <source>Tell the staff who use them; re-link them after onboarding.</source>
        <translation>請告知使用它們的員工；加入後再重新連結。</translation>
    </message>
    <message>
        <source>No linked devices.</source>
        <translation>沒有已連結的裝置。</translation>
    </message>
    <message>
        <source>is two-step verification on for the number?</source>
        <translation>這個號碼是否開啟了雙步驟驗證？</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>雙步驟驗證已開啟。</translation>
    </message>
    <message>
        <source>Moving a number between providers fails while two-step verification is on (error 2388001).</source>
        <translation>開啟雙步驟驗證時，在供應商之間轉移號碼會失敗（錯誤 2388001）。</translation>
    </message>
    <message>
        <source>Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio&apos;s address); there is no API for it.</source>
        <translation>請在 WhatsApp 管理工具中關閉（電子郵件連結會寄到資產組合的地址）；沒有 API 可用。</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>雙步驟驗證已關閉。</translation>
    </message>
    <message>
        <source>Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.</source>
        <translation>每個號碼在 72 小時內最多嘗試註冊和取消註冊 10 次；超過後封鎖 72 小時。</translation>
    </message>
    <message>
        <source>Do not retry registration in a loop; check the error and wait as it says.</source>
        <translation>不要反覆重試註冊；請查看錯誤並依指示等待。</translation>
    </message>
    <message>
        <source>the display name you will ask Meta for</source>
        <translation>您將向 Meta 申請的顯示名稱</translation>
    </message>
    <message>
        <source>it is a generic term</source>
        <translation>這是通用詞</translation>
    </message>
    <message>
        <source>it mentions WhatsApp, Meta or their apps</source>
        <translation>提到了 WhatsApp、Meta 或它們的應用程式</translation>
    </message>
    <message>
        <source>it claims to be official or verified</source>
        <translation>自稱官方或已驗證</translation>
    </message>
    <message>
        <source>it looks like a web or e-mail address</source>
        <translation>看起來像網址或電子郵件地址</translation>
    </message>
    <message>
        <source>it reads as advertising</source>
        <translation>看起來像廣告</translation>
    </message>
    <message>
        <source>Meta rejects display names that do not plainly name the business.</source>
        <translation>Meta 會拒絕無法清楚表示商家名稱的顯示名稱。</translation>
    </message>
    <message>
        <source>Use the name customers know the business by, e.g. &apos;Fresh Produce&apos; or &apos;Fruit Snacks by Fresh Produce&apos;.</source>
        <translation>請使用顧客熟知的商家名稱，例如「鮮果坊」或「鮮果坊水果點心」。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names the business.</source>
        <translation>「{0}」是商家的名稱。</translation>
    </message>
    <message>
        <source>the display name and the legal name of the business</source>
        <translation>商家的顯示名稱和法定名稱</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shares words with the legal name &apos;{1}&apos;.</source>
        <translation>「{0}」與法定名稱「{1}」有共同的字詞。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no word in common with the legal name &apos;{1}&apos;.</source>
        <translation>「{0}」與法定名稱「{1}」沒有任何共同的字詞。</translation>
    </message>
    <message>
        <source>Meta asks for a clear relationship to the legal name, or to branding shown on the website.</source>
        <translation>Meta 要求與法定名稱，或與網站上顯示的品牌有明確關聯。</translation>
    </message>
    <message>
        <source>Show &apos;{0}&apos; on the business website, or use &apos;{1} by {2}&apos;.</source>
        <translation>請在商家網站上顯示「{0}」，或使用「{2} 的 {1}」。</translation>
    </message>
    <message>
        <source>it has fewer than 3 characters</source>
        <translation>少於 3 個字元</translation>
    </message>
    <message>
        <source>it is all capitals</source>
        <translation>全部是大寫</translation>
    </message>
    <message>
        <source>it contains emoji</source>
        <translation>含有表情符號</translation>
    </message>
    <message>
        <source>it contains symbols</source>
        <translation>含有符號</translation>
    </message>
    <message>
        <source>it has double spaces</source>
        <translation>有連續兩個空格</translation>
    </message>
    <message>
        <source>Meta&apos;s formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.</source>
        <translation>Meta 的格式準則要求一般的大小寫、不含表情符號或符號、至少 3 個字元。</translation>
    </message>
    <message>
        <source>Write the name as in normal text, e.g. &apos;Casa Verde&apos; rather than &apos;CASA VERDE ✨&apos;.</source>
        <translation>請以一般文字的方式書寫名稱，例如用「Casa Verde」而不是「CASA VERDE ✨」。</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is formatted as Meta expects.</source>
        <translation>「{0}」符合 Meta 要求的格式。</translation>
    </message>
    <message>
        <source>the business category</source>
        <translation>商家類別</translation>
    </message>
    <message>
        <source>Category: {0}.</source>
        <translation>類別：{0}。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s Business Messaging Policy does not allow businesses to buy, sell or promote this through WhatsApp, whatever their licences.</source>
        <translation>WhatsApp 商業訊息政策不允許商家透過 WhatsApp 購買、銷售或推廣此類商品，無論其是否有執照。</translation>
    </message>
    <message>
        <source>Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.</source>
        <translation>可能只能傳送與這些商品或服務無關的訊息；遷移前請先詢問供應商。</translation>
    </message>
    <message>
        <source>Category: {0} (a regulated vertical).</source>
        <translation>類別：{0}（受管制的產業）。</translation>
    </message>
    <message>
        <source>Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; online gambling needs Meta&apos;s prior written permission.</source>
        <translation>僅限在平台上、僅限列出的國家、不可使用商務功能、絕不對未滿 18 歲者；線上博弈需要 Meta 事先書面許可。</translation>
    </message>
    <message>
        <source>Confirm with the provider that your country is on Meta&apos;s list (and get permission for gambling).</source>
        <translation>請與供應商確認您的國家在 Meta 的清單上（博弈需取得許可）。</translation>
    </message>
    <message>
        <source>how customers agree to receive WhatsApp messages from the business</source>
        <translation>顧客如何同意接收商家的 WhatsApp 訊息</translation>
    </message>
    <message>
        <source>No opt-in is collected.</source>
        <translation>沒有收集任何同意。</translation>
    </message>
    <message>
        <source>The API may message only customers who agreed to receive messages from the business.</source>
        <translation>API 只能傳訊給已同意接收商家訊息的顧客。</translation>
    </message>
    <message>
        <source>Collect opt-in (website form, SMS, in person or on paper) stating the business&apos;s name.</source>
        <translation>請收集註明商家名稱的同意（網站表單、簡訊、當面或紙本）。</translation>
    </message>
    <message>
        <source>Opt-in: {0}.</source>
        <translation>同意方式：{0}。</translation>
    </message>
    <message>
        <source>No verified archive of the chats yet.</source>
        <translation>尚無已驗證的聊天封存檔。</translation>
    </message>
    <message>
        <source>Deleting the app account deletes the chat history; the API does not receive it.</source>
        <translation>刪除應用程式帳號會刪除聊天記錄；API 不會收到它。</translation>
    </message>
    <message>
        <source>Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).</source>
        <translation>匯出每個聊天，將匯出檔匯入封存檔並加以驗證（wamigrate import、wamigrate verify）。</translation>
    </message>
    <message>
        <source>The archive has not passed verification since the last import.</source>
        <translation>最後一次匯入後，封存檔尚未通過驗證。</translation>
    </message>
    <message>
        <source>Only a verified archive is a proven copy of the history.</source>
        <translation>只有通過驗證的封存檔才是經過證實的記錄副本。</translation>
    </message>
    <message>
        <source>Run &apos;Verify archive&apos; (wamigrate verify) and fix what it reports.</source>
        <translation>請執行「驗證封存檔」（wamigrate verify），並修正它回報的問題。</translation>
    </message>
    <message>
        <source>Verified archive with {0} messages.</source>
        <translation>已驗證的封存檔，共 {0} 則訊息。</translation>
    </message>
    <message>
        <source>No templates to check.</source>
        <translation>沒有要檢查的範本。</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>已檢查 %n 個範本。</numerusform>
        </translation>
    </message>
    <message>
        <source>the name must be lowercase letters, digits and _</source>
        <translation>名稱只能包含小寫字母、數字和 _</translation>
    </message>
    <message>
        <source>Meta rejects other template names.</source>
        <translation>Meta 會拒絕其他範本名稱。</translation>
    </message>
    <message>
        <source>Rename, e.g. &apos;order_ready&apos;.</source>
        <translation>請重新命名，例如「order_ready」。</translation>
    </message>
    <message>
        <source>header has {0} characters (60 at most)</source>
        <translation>頁首有 {0} 個字元（最多 60 個）</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>內文是空的</translation>
    </message>
    <message>
        <source>body has {0} characters (1,024 at most)</source>
        <translation>內文有 {0} 個字元（最多 1,024 個）</translation>
    </message>
    <message>
        <source>footer has {0} characters (60 at most)</source>
        <translation>頁尾有 {0} 個字元（最多 60 個）</translation>
    </message>
    <message>
        <source>{0} buttons (10 at most)</source>
        <translation>{0} 個按鈕（最多 10 個）</translation>
    </message>
    <message>
        <source>button &apos;{0}&apos; is longer than 25 characters</source>
        <translation>按鈕「{0}」超過 25 個字元</translation>
    </message>
    <message>
        <source>the header has more than one parameter</source>
        <translation>頁首有多於一個參數</translation>
    </message>
    <message>
        <source>Meta rejects templates over these limits.</source>
        <translation>Meta 會拒絕超過這些上限的範本。</translation>
    </message>
    <message>
        <source>Shorten the parts named.</source>
        <translation>請縮短所列的部分。</translation>
    </message>
    <message>
        <source>parameters must be {{1}}, {{2}}... or lowercase names</source>
        <translation>參數必須是 {{1}}、{{2}}……或小寫名稱</translation>
    </message>
    <message>
        <source>parameters {0} are not 1, 2, 3... without gaps</source>
        <translation>參數 {0} 不是連續的 1、2、3……</translation>
    </message>
    <message>
        <source>{0} parameters but {1} sample values</source>
        <translation>{0} 個參數，但只有 {1} 個範例值</translation>
    </message>
    <message>
        <source>Meta requires positional parameters in order from 1, and a sample value for each.</source>
        <translation>Meta 要求從 1 開始依序編號的參數，且每個參數都有範例值。</translation>
    </message>
    <message>
        <source>Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.</source>
        <translation>請依序將參數編號為 {{1}}、{{2}}……，並為每個參數提供一個範例值。</translation>
    </message>
    <message>
        <source>the body starts or ends with a parameter</source>
        <translation>內文以參數開頭或結尾</translation>
    </message>
    <message>
        <source>two parameters are next to each other</source>
        <translation>兩個參數相鄰</translation>
    </message>
    <message>
        <source>a sample value contains #, $ or %</source>
        <translation>範例值含有 #、$ 或 %</translation>
    </message>
    <message>
        <source>These are among Meta&apos;s most common reasons to reject a template.</source>
        <translation>這些是 Meta 拒絕範本最常見的原因之一。</translation>
    </message>
    <message>
        <source>Put words before the first and after the last parameter; separate parameters with words.</source>
        <translation>在第一個參數前和最後一個參數後加上文字；參數之間用文字隔開。</translation>
    </message>
    <message>
        <source>authentication templates cannot contain links</source>
        <translation>驗證範本不能含有連結</translation>
    </message>
    <message>
        <source>authentication templates cannot carry media</source>
        <translation>驗證範本不能附帶媒體</translation>
    </message>
    <message>
        <source>authentication templates cannot contain emoji</source>
        <translation>驗證範本不能含有表情符號</translation>
    </message>
    <message>
        <source>No marketing templates.</source>
        <translation>沒有行銷範本。</translation>
    </message>
    <message>
        <source>Enter an access token for the WhatsApp Business Account.</source>
        <translation>請輸入 WhatsApp Business 帳號的存取權杖。</translation>
    </message>
    <message>
        <source>Meta did not answer within {0} seconds. Check the connection and try again.</source>
        <translation>Meta 在 {0} 秒內沒有回應。請檢查連線後再試一次。</translation>
    </message>
    <message>
        <source>No internet connection: Meta could not be reached within {0} seconds. Check the connection and try again.</source>
        <translation>沒有網際網路連線：{0} 秒內無法連上 Meta。請檢查連線後再試一次。</translation>
    </message>
    <message>
        <source>Could not reach Meta ({0}). Check the internet connection and try again.</source>
        <translation>無法連線到 Meta（{0}）。請檢查網路連線後再試一次。</translation>
    </message>
    <message>
        <source>The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a proxy or a firewall?). Connect to the internet directly and try again.</source>
        <translation>這個回應不是來自 Meta，而是一個網頁（Wi-Fi 登入頁面、代理伺服器或防火牆？）。請直接連上網際網路後再試一次。</translation>
    </message>
    <message>
        <source>Meta&apos;s answers took too long (more than {0} seconds in all); the check stopped.</source>
        <translation>Meta 的回應太慢（總共超過 {0} 秒），檢查已停止。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not a list as expected; the check stopped.</source>
        <translation>Meta 的回應不是預期的清單，檢查已停止。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer repeated the same page; the check stopped.</source>
        <translation>Meta 的回應重複了同一頁，檢查已停止。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer went on for more than {0} pages; the check stopped.</source>
        <translation>Meta 的回應超過 {0} 頁，檢查已停止。</translation>
    </message>
    <message>
        <source>That is not an access token: a token is one line of letters and digits, without spaces (it usually starts with EAA). Check that the token file holds only the token.</source>
        <translation>這不是存取權杖：權杖是一行不含空格的字母和數字（通常以 EAA 開頭）。請確認權杖檔案裡只有權杖。</translation>
    </message>
    <message>
        <source>The answer was far larger than any answer from Meta (over {0} MB); the check stopped.</source>
        <translation>這個回應遠大於 Meta 的任何回應（超過 {0} MB），檢查已停止。</translation>
    </message>
    <message>
        <source> Meta said: {0}</source>
        <translation> Meta 表示：{0}</translation>
    </message>
    <message>
        <source>The access token has expired. Make a new one in Meta Business Suite (System users) and try again.</source>
        <translation>存取權杖已過期。請在 Meta Business Suite（系統用戶）中建立新的權杖後再試一次。</translation>
    </message>
    <message>
        <source>The access token stopped working because the password of its user changed. Make a new one.</source>
        <translation>存取權杖已失效，因為其用戶的密碼已變更。請建立新的權杖。</translation>
    </message>
    <message>
        <source>Meta does not accept this access token (revoked or mistyped). Make a new one and try again.</source>
        <translation>Meta 不接受此存取權杖（已撤銷或輸入錯誤）。請建立新的權杖後再試一次。</translation>
    </message>
    <message>
        <source>The access token may not read this WhatsApp Business Account: it needs the whatsapp_business_management permission and access to the account.</source>
        <translation>此存取權杖無法讀取這個 WhatsApp Business 帳號：它需要 whatsapp_business_management 權限和該帳號的存取權。</translation>
    </message>
    <message>
        <source>Meta is limiting calls right now. Wait a few minutes and try again.</source>
        <translation>Meta 目前正在限制呼叫。請等幾分鐘後再試一次。</translation>
    </message>
    <message>
        <source>Meta does not know this account or field: check the WhatsApp Business Account ID.</source>
        <translation>Meta 不認得這個帳號或欄位：請檢查 WhatsApp Business 帳號 ID。</translation>
    </message>
    <message>
        <source>Meta&apos;s service is failing right now (HTTP {0}). Try again later.</source>
        <translation>Meta 的服務目前發生故障（HTTP {0}）。請稍後再試。</translation>
    </message>
    <message>
        <source>Meta refused the request (HTTP {0}).</source>
        <translation>Meta 拒絕了這個請求（HTTP {0}）。</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not about this WhatsApp Business Account; the check stopped.</source>
        <translation>Meta 的回應與這個 WhatsApp Business 帳戶無關，檢查已停止。</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).</source>
        <translation>WhatsApp Business 帳號 ID 是一串數字（WhatsApp 管理工具 ▸ 帳號工具 ▸ 帳號詳細資料）。</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not keep the token ({0}); it stays in memory until you close wamigrate.</source>
        <translation>這台電腦的鑰匙圈無法保存權杖（{0}）；權杖會保留在記憶體中，直到您關閉 wamigrate。</translation>
    </message>
    <message>
        <source>Check with Meta (optional, online)</source>
        <translation>向 Meta 檢查（選用，需連線）</translation>
    </message>
    <message>
        <source>If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: the number&apos;s registration, display name, quality and messaging limit, and each template&apos;s review. This goes online to Meta with your access token; nothing else leaves this computer.</source>
        <translation>如果商家已有 WhatsApp Business 帳號，wamigrate 可以向 Meta 詢問它所知道的資訊：號碼的註冊狀態、顯示名稱、品質和訊息上限，以及每個範本的審查結果。這會使用您的存取權杖連線到 Meta；其他資料都不會離開這台電腦。</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>WhatsApp Business 帳號 ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>存取權杖</translation>
    </message>
    <message>
        <source>From Meta Business Suite ▸ System users, or from your provider</source>
        <translation>從 Meta Business Suite ▸ 系統用戶取得，或向您的供應商索取</translation>
    </message>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>將權杖保存在這台電腦的鑰匙圈中</translation>
    </message>
    <message>
        <source>Check with Meta</source>
        <translation>向 Meta 檢查</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>取消檢查</translation>
    </message>
    <message>
        <source>Live check status</source>
        <translation>即時檢查狀態</translation>
    </message>
    <message>
        <source>Enter the account ID and an access token first.</source>
        <translation>請先輸入帳號 ID 和存取權杖。</translation>
    </message>
    <message>
        <source>Asking Meta…</source>
        <translation>正在詢問 Meta…</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>未檢查：檢查已取消。</translation>
    </message>
    <message>
        <source>Not checked: {0}</source>
        <translation>未檢查：{0}</translation>
    </message>
    <message>
        <source>Checked with Meta at {0} (UTC).</source>
        <translation>已於 {0}（UTC）向 Meta 檢查。</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>未讀取：{0}。</translation>
    </message>
    <message>
        <source>%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as �. Export the chat again if those messages matter.</source>
        <translation>此匯出檔有 %n 個位元組不是有效的 UTF-8（檔案在該處已損壞）；每個都顯示為 �。如果那些訊息很重要，請重新匯出聊天。</translation>
    </message>
    <message>
        <source>This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right.</source>
        <translation>此匯出檔不是 UTF-8 文字；已用 {0} 讀取。請檢查名稱和帶重音的字母是否正確。</translation>
    </message>
    <message>
        <source>The dates in this export could be read either way (day before month, or month before day). Check the dates, and choose the order if they are wrong.</source>
        <translation>此匯出檔中的日期有兩種讀法（日在月前，或月在日前）。請檢查日期，若有誤請選擇順序。</translation>
    </message>
    <message>
        <source>%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, and the order of the file. Check the years there.</source>
        <translation>第 {0} 行到第 {1} 行之間有 %n 則訊息沒有寫年份；年份取自有寫年份的訊息及檔案順序。請檢查那些年份。</translation>
    </message>
    <message>
        <source>This old export does not write years; years were counted back from the export&apos;s date, starting in {0}.</source>
        <translation>這個舊的匯出檔沒有寫年份；年份是從匯出日期往回推算，從 {0} 年開始。</translation>
    </message>
    <message>
        <source>This message&apos;s time is written &apos;{0}&apos;, which does not exist (a 24-hour time with AM or PM); it was read as {1}.</source>
        <translation>這則訊息的時間寫成「{0}」，並不存在（24 小時制時間加上 AM 或 PM）；已讀作 {1}。</translation>
    </message>
    <message>
        <source>This line starts like a message but its date or time is impossible (&apos;{0}&apos;); it was kept as part of the message before it.</source>
        <translation>這一行看起來像訊息的開頭，但其日期或時間不可能（&apos;{0}&apos;）；已保留為前一則訊息的一部分。</translation>
    </message>
    <message>
        <source>%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported.</source>
        <translation>第一則訊息之前有 %n 行（第 {0} 行到第 {1} 行）不屬於任何訊息；未匯入。</translation>
    </message>
    <message>
        <source>The chat refers to %n media file(s), but none of them is next to it: this export was made without media, or the files were not copied.</source>
        <translation>聊天提到 %n 個媒體檔案，但沒有任何一個在旁邊：此匯出檔是不含媒體匯出的，或檔案沒有複製過來。</translation>
    </message>
    <message>
        <source>%n media file(s) the chat refers to are not in the export: {0}</source>
        <translation>聊天提到的 %n 個媒體檔案不在匯出檔中：{0}</translation>
    </message>
    <message>
        <source>%n media file(s) in the export are not mentioned by any message: {0}</source>
        <translation>匯出檔中有 %n 個媒體檔案沒有被任何訊息提到：{0}</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} with media: older messages were probably left out. Export it again without media to get up to 40,000 messages.</source>
        <translation>此聊天有 {0} 則訊息，接近 WhatsApp 含媒體匯出的上限 {1} 則：較舊的訊息可能沒有包含在內。請不含媒體再匯出一次，最多可取得 40,000 則訊息。</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} without media: older messages were probably left out. WhatsApp cannot export more; keep the phone&apos;s own backup too.</source>
        <translation>此聊天有 {0} 則訊息，接近 WhatsApp 不含媒體匯出的上限 {1} 則：較舊的訊息可能沒有包含在內。WhatsApp 無法匯出更多；也請保留手機本身的備份。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: its path points outside the export.</source>
        <translation>已略過 zip 成員「{0}」：其路徑指向匯出檔之外。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is a symbolic link.</source>
        <translation>已略過 zip 成員「{0}」：這是符號連結。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it would expand to an implausible size.</source>
        <translation>已略過 zip 成員「{0}」：解壓後會變成不合理的大小。</translation>
    </message>
    <message>
        <source>The zip holds &apos;{0}&apos; twice; the first copy was used.</source>
        <translation>zip 中有兩個「{0}」；已使用第一個。</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is password-protected.</source>
        <translation>已略過 zip 成員「{0}」：受密碼保護。</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>已略過 {0}：{1}</translation>
    </message>
    <message>
        <source>Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} were left out.</source>
        <translation>第 {0} 行遠長於任何 WhatsApp 訊息：保留了前 {2} 個字元，其餘 {1} 個已略去。</translation>
    </message>
    <message>
        <source>The media file &apos;{0}&apos; could not be read ({1}); its message was kept without it.</source>
        <translation>無法讀取媒體檔案「{0}」（{1}），其訊息已保留，但不含該檔案。</translation>
    </message>
    <message>
        <source>%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders.</source>
        <translation>%n 則 wamigrate 尚不認識的類型（類型 {0}）的訊息已保留為預留位置。</translation>
    </message>
    <message>
        <source>%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders.</source>
        <translation>%n 則 wamigrate 尚不認識的聊天通知（編號 {0}）已保留為預留位置。</translation>
    </message>
    <message>
        <source>%n status update(s) were left out: they are not part of a chat.</source>
        <translation>略過了 %n 則狀態更新：它們不屬於任何聊天。</translation>
    </message>
    <message>
        <source>%n media file(s) the phone&apos;s messages name are not in the Media folder you chose: {0}. Their messages are kept; add the folder again once they are copied.</source>
        <translation>手機訊息提到的 %n 個媒體檔案不在你選擇的 Media 資料夾中：{0}。訊息已保留；複製好後再加入一次資料夾。</translation>
    </message>
    <message>
        <source>%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were sent); they were stored as they are now.</source>
        <translation>資料夾中有 %n 個媒體檔案與 WhatsApp 的記錄不同（傳送後在手機上被修改過）；已按現在的樣子保存。</translation>
    </message>
    <message>
        <source>%n media file(s) the iPhone&apos;s messages name are not in its backup (the phone had removed them, or kept them only in iCloud): {0}. Their messages are kept.</source>
        <translation>iPhone 訊息提到的 %n 個媒體檔案不在其備份中（手機已將其刪除，或只存放在 iCloud）：{0}。訊息本身仍保留。</translation>
    </message>
    <message>
        <source>From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: the messages and calls themselves are all there. Chat exports of the same chats carry none of these either.</source>
        <translation>從 iPhone 備份，這個版本的 wamigrate 還不會讀取心情回應、投票選項或編輯標記：訊息和通話本身都在。相同聊天的匯出檔也不含這些內容。</translation>
    </message>
    <message>
        <source>From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options are read): the messages and calls themselves are all there.</source>
        <translation>從 iPhone 備份中，wamigrate 尚未讀取編輯標記與投票結果（會讀取心情回應與投票選項）：訊息與通話本身都完整保留。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer&apos;s backup: in WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on the computer again.</source>
        <translation>這個 iPhone 備份中的 WhatsApp 資料庫沒有任何訊息。如果聊天在手機上，WhatsApp 本身的 iCloud 端對端加密備份可能已開啟，讓聊天不被納入電腦的備份：請在 WhatsApp 中前往「設定 ▸ 聊天 ▸ 聊天備份 ▸ 端對端加密備份」將其關閉，然後在電腦上重新備份 iPhone。</translation>
    </message>
    <message>
        <source>This database lacks what holds {0}, so those were not read; its messages are all in the archive without them.</source>
        <translation>這個資料庫缺少儲存{0}的部分，因此未讀取這些內容；所有訊息都已在封存中，只是不含這些內容。</translation>
    </message>
    <message>
        <source>A phone&apos;s backup holds the names of groups but not of people: customers are shown by their number. Add the phone&apos;s contacts (a .vcf or .csv file, or WhatsApp&apos;s wa.db) to see their names.</source>
        <translation>手機備份保存了群組名稱，但沒有人名：顧客以電話號碼顯示。加入手機的聯絡人（.vcf 或 .csv 檔案，或 WhatsApp 的 wa.db）即可看到他們的名字。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has damaged cipher settings. Restore keys.json from a backup of the archive folder.</source>
        <translation>封存檔的金鑰檔案（keys.json）中的加密設定已損壞。請從封存檔資料夾的備份還原 keys.json。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a backup of the archive folder.</source>
        <translation>封存檔的金鑰檔案（keys.json）中有一項加密設定已損壞（{0}）。請從封存檔資料夾的備份還原 keys.json。</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some space on that disk and try again; nothing in the archive was changed.</source>
        <translation>存放封存檔的磁碟（{0}）已滿，wamigrate 無法處理這個封存檔。請在該磁碟上釋放一些空間後再試一次；封存檔中沒有任何變更。</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) could not be read or written (an input/output error). Check that the disk or stick is still connected and working, then try again; if it happens again, copy the archive folder to another disk. Nothing in the archive was changed.</source>
        <translation>無法讀寫存放封存檔的磁碟（{0}）（輸入／輸出錯誤）。請確認磁碟或隨身碟仍然連接且運作正常，然後再試一次；如果再次發生，請把封存檔資料夾複製到另一個磁碟。封存檔中沒有任何變更。</translation>
    </message>
    <message>
        <source>The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only share). You can browse, search and export it; to import chats or change its secrets, copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>封存檔位於無法寫入的磁碟上（CD 或 DVD、防寫的隨身碟或唯讀的共用資料夾）。你可以瀏覽、搜尋和匯出；若要匯入聊天或變更其密碼，請把封存檔資料夾複製到可寫入的磁碟，再開啟那份副本。</translation>
    </message>
    <message>
        <source>The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; reinstall wamigrate.</source>
        <translation>wamigrate 載入的 SQLite 程式庫無法加密（沒有 SQLCipher）。沒有寫入任何資料；請重新安裝 wamigrate。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has cipher settings that do not match its database: the file was changed. Restore keys.json from a backup of the archive folder.</source>
        <translation>封存檔的金鑰檔案（keys.json）中的加密設定與其資料庫不符：該檔案曾被修改。請從封存檔資料夾的備份還原 keys.json。</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: it cannot be decrypted although the key is right ({0}). Restore the archive folder from a backup.</source>
        <translation>封存檔的資料庫已損壞：雖然金鑰正確，仍無法解密（{0}）。請從備份還原封存檔資料夾。</translation>
    </message>
    <message>
        <source>There is no chat called &apos;{0}&apos; in this archive. Chats: {1}.</source>
        <translation>此封存檔中沒有名為「{0}」的聊天。聊天：{1}。</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{0}&apos;; choose one of {1}.</source>
        <translation>未知的匯出格式「{0}」；請從 {1} 中選擇一個。</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>存放封存檔的磁碟只剩 {0} MB，而這次匯入最多需要 {1} MB。請在該磁碟上釋放一些空間（或把封存檔移到更大的磁碟），然後再匯入一次；沒有任何變更。</translation>
    </message>
    <message>
        <source>The archive could not be written to the disk (disk I/O error): {0} was not imported and the archive is unchanged. Check that the disk has free space and is still connected.</source>
        <translation>無法將封存檔寫入磁碟（磁碟 I/O 錯誤）：{0} 未匯入，封存檔維持原狀。請檢查磁碟是否還有可用空間且仍在連線中。</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged. Free some space and import it again.</source>
        <translation>磁碟已滿：{0} 未匯入，封存檔維持原狀。請釋出一些空間後再匯入一次。</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged.</source>
        <translation>磁碟已滿：{0} 未匯入，封存檔維持原狀。</translation>
    </message>
    <message>
        <source>The export reader stopped without finishing.</source>
        <translation>匯出檔讀取程式未完成就停止了。</translation>
    </message>
    <message>
        <source>{0} changed while it was being imported; import the export again.</source>
        <translation>{0} 在匯入期間有變動；請重新匯入這個匯出檔。</translation>
    </message>
    <message>
        <source>There is no import number {0} in this archive.</source>
        <translation>此封存檔中沒有編號 {0} 的匯入。</translation>
    </message>
    <message>
        <source>The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>密碼短語欄位使用未知的金鑰衍生方式；此封存檔需要較新版的 wamigrate。</translation>
    </message>
    <message>
        <source>The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>復原欄位使用未知的金鑰衍生方式；此封存檔需要較新版的 wamigrate。</translation>
    </message>
    <message>
        <source>Unknown key slot type &apos;{0}&apos;.</source>
        <translation>未知的金鑰欄位類型「{0}」。</translation>
    </message>
    <message>
        <source>The passphrase entry of the archive&apos;s key file (keys.json) asks for an impossible key derivation ({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore keys.json from a backup.</source>
        <translation>封存檔金鑰檔案（keys.json）中的密碼短語項目要求不可能的金鑰衍生（{0} = {1}）；該檔案曾被修改或已損壞。請用復原金鑰開啟封存檔，或從備份還原 keys.json。</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>密碼短語</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>復原金鑰</translation>
    </message>
    <message>
        <source>The {0} entry of the archive&apos;s key file (keys.json) is damaged. Open the archive with its {1}, then set a new {2}.</source>
        <translation>封存檔金鑰檔（keys.json）中的{0}項目已損壞。請用{1}開啟封存檔，然後設定新的{2}。</translation>
    </message>
    <message>
        <source>This archive has no {0} entry in its key file.</source>
        <translation>此封存檔的金鑰檔中沒有{0}項目。</translation>
    </message>
    <message>
        <source>The {0} slot of the key file is damaged ({1}).</source>
        <translation>金鑰檔的 {0} 欄位已損壞（{1}）。</translation>
    </message>
    <message>
        <source>That recovery key does not open this archive. Check it and try again (letters are not case-sensitive).</source>
        <translation>這個復原金鑰無法開啟此封存檔。請檢查後再試一次（不區分大小寫）。</translation>
    </message>
    <message>
        <source>That passphrase does not open this archive. Check it and try again (passphrases are case-sensitive).</source>
        <translation>這個密碼短語無法開啟此封存檔。請檢查後再試一次（密碼短語區分大小寫）。</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong length.</source>
        <translation>金鑰檔中的金鑰長度錯誤。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a backup of the archive folder.</source>
        <translation>封存檔的金鑰檔（keys.json）遺失，因此無法開啟。請從封存檔資料夾的備份還原 keys.json。</translation>
    </message>
    <message>
        <source>This archive was made by a newer wamigrate; update wamigrate to open it.</source>
        <translation>此封存檔由較新版的 wamigrate 建立；請更新 wamigrate 後再開啟。</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is damaged and cannot be read. Restore keys.json from a backup of the archive folder.</source>
        <translation>封存檔的金鑰檔（keys.json）已損壞，無法讀取。請從封存檔資料夾的備份還原 keys.json。</translation>
    </message>
    <message>
        <source>Another wamigrate window or command is importing into or changing this archive. Wait for it to finish, then try again.</source>
        <translation>另一個 wamigrate 視窗或指令正在匯入或變更此封存檔。請等待它完成後再試一次。</translation>
    </message>
    <message>
        <source>It has {0} characters; use at least {1}.</source>
        <translation>它只有 {0} 個字元；請至少使用 {1} 個。</translation>
    </message>
    <message>
        <source>It is one of the passwords people choose most often, which are tried first.</source>
        <translation>這是人們最常選用的密碼之一，會最先被嘗試。</translation>
    </message>
    <message>
        <source>It repeats the same one or two characters.</source>
        <translation>它重複相同的一兩個字元。</translation>
    </message>
    <message>
        <source>It is too easy to guess (too short or too regular).</source>
        <translation>太容易被猜到（太短或太有規律）。</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. </source>
        <translation>請選擇更強的密碼短語。</translation>
    </message>
    <message>
        <source> A good one is a few unrelated words, e.g. “copper lantern orbit 47”.</source>
        <translation> 好的密碼短語是幾個不相關的詞，例如「copper lantern orbit 47」。</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{0}&apos;. Use a name such as Europe/London or America/Sao_Paulo.</source>
        <translation>未知的時區「{0}」。請使用像 Asia/Taipei 或 Asia/Hong_Kong 這樣的名稱。</translation>
    </message>
    <message>
        <source>{0} already exists and is not empty; choose another name or place.</source>
        <translation>{0} 已存在且不是空的；請選擇其他名稱或位置。</translation>
    </message>
    <message>
        <source>The database was written unencrypted; it has been refused.</source>
        <translation>資料庫是以未加密方式寫入的；已拒絕。</translation>
    </message>
    <message>
        <source>{0} is not a wamigrate archive (no archive.db and keys.json in it).</source>
        <translation>{0} 不是 wamigrate 封存檔（裡面沒有 archive.db 和 keys.json）。</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is missing from {1}.</source>
        <translation>{1} 中缺少封存檔的資料庫（{0}）。</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is not a wamigrate archive database.</source>
        <translation>{0} 沒有加密：它不是 wamigrate 封存檔的資料庫。</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four (for example ABCD-EFGH-…). Check it and try again.</source>
        <translation>這不是復原金鑰：復原金鑰有 32 個字母和數字，每四個一組（例如 ABCD-EFGH-…）。請檢查後再試一次。</translation>
    </message>
    <message>
        <source>A passphrase or the recovery key is needed to open the archive.</source>
        <translation>需要密碼短語或復原金鑰才能開啟封存檔。</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is damaged at its start and cannot be read. Restore the archive folder from a backup.</source>
        <translation>封存檔的資料庫（{0}）開頭已損壞，無法讀取。請從備份還原封存檔資料夾。</translation>
    </message>
    <message>
        <source>The key file (keys.json) in this folder belongs to another archive than its database. Put back this archive&apos;s own keys.json (from a backup of the folder).</source>
        <translation>此資料夾中的金鑰檔（keys.json）屬於另一個封存檔，而不是其資料庫。請放回此封存檔自己的 keys.json（從資料夾的備份）。</translation>
    </message>
    <message>
        <source>The disk holding the archive is full, so it was opened for reading only. Free some space on that disk to import chats or change its secrets.</source>
        <translation>存放封存檔的磁碟已滿，所以封存檔以唯讀方式開啟。若要匯入聊天或變更其密碼，請在該磁碟上釋放一些空間。</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged ({0}).</source>
        <translation>封存檔的資料庫已損壞（{0}）。</translation>
    </message>
    <message>
        <source>keys.json belongs to another archive than this database.</source>
        <translation>keys.json 屬於另一個封存檔，而不是此資料庫。</translation>
    </message>
    <message>
        <source>This archive was made by an older wamigrate and must be updated once before it can be opened, which cannot be done on a disk that cannot be written to. Copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>這個封存檔由舊版 wamigrate 建立，開啟前必須先更新一次，而在無法寫入的磁碟上無法更新。請把封存檔資料夾複製到可寫入的磁碟，再開啟那份副本。</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>封存檔已鎖定。</translation>
    </message>
    <message>
        <source>{0} could not be decoded as text ({1}).</source>
        <translation>{0} 無法解碼為文字（{1}）。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp&apos;s exported chats do.</source>
        <translation>{0} 不是 WhatsApp 聊天匯出檔：沒有任何一行像 WhatsApp 匯出的聊天那樣以日期和時間開頭。</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>JPEG 圖片</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>PNG 圖片</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>GIF 圖片</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>媒體檔案</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>音訊檔案</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>gzip 壓縮檔</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>RAR 壓縮檔</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>7-Zip 壓縮檔</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>資料庫檔案</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a WhatsApp date and time.</source>
        <translation>{0} 不是 WhatsApp 聊天匯出檔：它看起來像試算表（CSV）檔案，而且沒有任何一行以 WhatsApp 的日期和時間開頭。</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>影片檔案</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>二進位檔案</translation>
    </message>
    <message>
        <source>Part of the zip file is damaged ({0}). Export the chat again or copy the file again.</source>
        <translation>zip 檔案有部分損壞（{0}）。請重新匯出聊天或重新複製檔案。</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>檔案 {0} 不存在。</translation>
    </message>
    <message>
        <source>{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read (&apos;{1}&apos;). Unzip it with the program that made it and import the folder, or export the chat again.</source>
        <translation>{0} 使用了 WhatsApp 從不使用、wamigrate 也無法讀取的壓縮方式（「{1}」）。請用建立它的程式解壓縮後匯入資料夾，或重新匯出聊天。</translation>
    </message>
    <message>
        <source>{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} 不是檔案，而是裝置或管道，wamigrate 不會讀取。請選擇 WhatsApp「匯出聊天」建立的 .txt 或 .zip 檔案。</translation>
    </message>
    <message>
        <source>wamigrate is not allowed to read {0}. Check the file&apos;s permissions.</source>
        <translation>wamigrate 沒有權限讀取 {0}。請檢查檔案的權限。</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} 是資料夾，不是檔案。</translation>
    </message>
    <message>
        <source>{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone&apos;s backup (msgstore.db.crypt15): skipped.</source>
        <translation>{0} 既不是匯出的聊天（WhatsApp 將聊天匯出為 .txt 或 .zip 檔案），也不是手機的備份（msgstore.db.crypt15）：已略過。</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>無法讀取 {0}：{1}。</translation>
    </message>
    <message>
        <source>The import was cancelled, but the files it had imported could not be removed again: {0}</source>
        <translation>已取消匯入，但無法移除它已匯入的檔案：{0}</translation>
    </message>
    <message>
        <source>{0} is empty: there are no messages in it.</source>
        <translation>{0} 是空的：裡面沒有訊息。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like {1}. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} 不是 WhatsApp 聊天匯出檔：它看起來是{1}。請選擇 WhatsApp「匯出聊天」建立的 .txt 或 .zip 檔案。</translation>
    </message>
    <message>
        <source>{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export it again.</source>
        <translation>{0} 是損壞或不完整的 zip 檔案（{1}）。可能尚未複製完成：請重新複製或匯出。</translation>
    </message>
    <message>
        <source>{0} is not a zip file. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} 不是 zip 檔案。請選擇 WhatsApp「匯出聊天」建立的 .txt 或 .zip 檔案。</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: &apos;{1}&apos; would expand {2} times. It was not opened.</source>
        <translation>{0} 看起來像 zip 炸彈：「{1}」會膨脹 {2} 倍。未開啟。</translation>
    </message>
    <message>
        <source>{0} is protected by a password. WhatsApp never does this: export the chat again, or unzip it with its password and import the .txt.</source>
        <translation>{0} 受密碼保護。WhatsApp 從不這樣做：請重新匯出聊天，或用密碼解壓縮後匯入 .txt。</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It was not opened.</source>
        <translation>{0} 看起來是 zip 炸彈：它的 {1} MB 會展開成 {2} MB，遠超過任何聊天匯出。未開啟此檔案。</translation>
    </message>
    <message>
        <source>{0} claims to hold {1} GB of files, more than any chat export; it was not opened.</source>
        <translation>{0} 聲稱包含 {1} GB 的檔案，比任何聊天匯出檔都大；未開啟。</translation>
    </message>
    <message>
        <source>{0} holds no WhatsApp chat: no _chat.txt or &apos;WhatsApp Chat with …&apos; text file with messages was found in it.</source>
        <translation>{0} 中沒有 WhatsApp 聊天：找不到 _chat.txt 或含有訊息的「WhatsApp Chat with …」文字檔。</translation>
    </message>
    <message>
        <source>{0} is damaged: &apos;{1}&apos; cannot be read ({2}). Export the chat again.</source>
        <translation>{0} 已損壞：無法讀取「{1}」（{2}）。請重新匯出聊天。</translation>
    </message>
    <message>
        <source>{0} is protected by a password and cannot be read.</source>
        <translation>{0} 受密碼保護，無法讀取。</translation>
    </message>
    <message>
        <source>it is more than {0} folders deep</source>
        <translation>它位於超過 {0} 層的資料夾中</translation>
    </message>
    <message>
        <source>No chat in the folder {0} could be read: {1}</source>
        <translation>資料夾 {0} 中沒有任何聊天可以讀取：{1}</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>還有 %n 個。</numerusform>
        </translation>
    </message>
    <message>
        <source>No WhatsApp chat export was found in the folder {0}. Choose the .txt or .zip files that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>在資料夾 {0} 中找不到 WhatsApp 聊天匯出檔。請選擇 WhatsApp「匯出聊天」建立的 .txt 或 .zip 檔案。</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整數</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>以引號括住的文字</translation>
    </message>
    <message>
        <source>The profile {0} does not exist.</source>
        <translation>設定檔 {0} 不存在。</translation>
    </message>
    <message>
        <source>The profile {0} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>設定檔 {0} 不是 UTF-8 文字，請另存為 UTF-8。</translation>
    </message>
    <message>
        <source>The profile {0} cannot be read: {1}.</source>
        <translation>無法讀取設定檔 {0}：{1}。</translation>
    </message>
    <message>
        <source>The profile {0} is not valid TOML: {1}.</source>
        <translation>設定檔 {0} 不是有效的 TOML：{1}。</translation>
    </message>
    <message>
        <source>{0} = {1} must be {2}.</source>
        <translation>{0} = {1} 必須是{2}。</translation>
    </message>
    <message>
        <source>[{0}] must be a section of settings (a TOML table).</source>
        <translation>[{0}] 必須是設定區段（TOML 表格）。</translation>
    </message>
    <message>
        <source>Unknown setting(s) in [{0}]: {1}.</source>
        <translation>[{0}] 中有未知的設定：{1}。</translation>
    </message>
    <message>
        <source>{0} = {1} cannot be negative.</source>
        <translation>{0} = {1} 不能是負數。</translation>
    </message>
    <message>
        <source>[{0}] {1} = {2} is not one of: {3}.</source>
        <translation>[{0}] {1} = {2} 不是以下其中之一：{3}。</translation>
    </message>
    <message>
        <source>templates must be a list of [[templates]] sections.</source>
        <translation>templates 必須是 [[templates]] 區段的清單。</translation>
    </message>
    <message>
        <source>Unknown template setting(s): {0}.</source>
        <translation>未知的範本設定：{0}。</translation>
    </message>
    <message>
        <source>[[templates]] {0}: header_format = {1} is not one of: {2}.</source>
        <translation>[[templates]] {0}：header_format = {1} 不是下列之一：{2}。</translation>
    </message>
    <message>
        <source>[[templates]] {0}: samples must be a list of texts.</source>
        <translation>[[templates]] {0}：samples 必須是文字清單。</translation>
    </message>
    <message>
        <source>[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.</source>
        <translation>[[templates]] {0}：buttons 必須是 {{type = …, text = …}} 項目的清單。</translation>
    </message>
    <message>
        <source>{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>{0} = {1} 必須是以 YYYY-MM-DDTHH:MM 書寫的當地日期和時間。</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}</source>
        <translation>發生錯誤：{0}：{1}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>它不存在</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>權限遭拒</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>磁碟回報輸入／輸出錯誤</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁碟已滿</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>磁碟為唯讀</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>名稱太長</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>它是資料夾</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>路徑中有一部分不是資料夾</translation>
    </message>
    <message>
        <source>The archive&apos;s log says {0} was imported, but the archive does not hold it; import it again.</source>
        <translation>封存檔的記錄顯示已匯入 {0}，但封存檔中沒有它；請再匯入一次。</translation>
    </message>
    <message>
        <source>The search index was not checked, because another import was running; verify again later.</source>
        <translation>由於另一個匯入正在進行，未檢查搜尋索引；請稍後再驗證一次。</translation>
    </message>
    <message>
        <source>The search index was not checked, because the archive is on media that cannot be written.</source>
        <translation>由於封存檔位於無法寫入的媒體上，未檢查搜尋索引。</translation>
    </message>
    <message>
        <source>This check was not recorded in the archive, because another import was running.</source>
        <translation>由於另一個匯入正在進行，這次檢查未記錄在封存檔中。</translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — 在 %n 個對話中的 {1} 個傳過訊息</numerusform>
        </translation>
    </message>
    <message>
        <source>(probably you)</source>
        <translation>（可能是您）</translation>
    </message>
    <message>
        <source>Give the chat a name.</source>
        <translation>請為聊天取個名稱。</translation>
    </message>
    <message>
        <source>A chat name can have at most {0} characters.</source>
        <translation>聊天名稱最多 {0} 個字元。</translation>
    </message>
    <message>
        <source>This chat is no longer in the archive.</source>
        <translation>這個聊天已不在封存檔中。</translation>
    </message>
    <message>
        <source>Another chat is already called “{0}”: choose another name.</source>
        <translation>已有其他聊天名為「{0}」：請選擇其他名稱。</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>行銷（優惠、消息）</translation>
    </message>
    <message>
        <source>Utility (orders, appointments, account updates)</source>
        <translation>公用程式（訂單、預約、帳戶更新）</translation>
    </message>
    <message>
        <source>Authentication (one-time codes)</source>
        <translation>驗證（一次性驗證碼）</translation>
    </message>
    <message>
        <source>Add a message template</source>
        <translation>新增訊息範本</translation>
    </message>
    <message>
        <source>Name (lower case, digits and _)</source>
        <translation>名稱（小寫字母、數字和 _）</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>語言代碼</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} is ready.</source>
        <translation>{{1}} 您好，您的訂單 {{2}} 已備妥。</translation>
    </message>
    <message>
        <source>Examples, one per line</source>
        <translation>範例，每行一個</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>新增</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>訊息有 %n 個變數（{{1}}、{{2}}…）：請為每個變數各寫一行範例。</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap Back up and copy the new file.</source>
        <translation>這個備份採用端對端加密：wamigrate 需要開啟加密備份時 WhatsApp 顯示的 64 位數金鑰。如果您當時選擇了密碼或通行密鑰，這個備份就無法在電腦上開啟：請在 WhatsApp 前往「設定 ▸ 聊天 ▸ 對話備份 ▸ 端對端加密備份」，先關閉，再選擇「使用 64 位數加密金鑰」重新開啟，記下金鑰，然後點選「備份」並複製新的檔案。</translation>
    </message>
    <message>
        <source>{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until the copy has finished, then add it again.</source>
        <translation>wamigrate 讀取 {0} 時檔案有所變動：可能仍在從手機複製。請等複製完成後再重新加入。</translation>
    </message>
    <message>
        <source>{0} is empty or far too short to be a WhatsApp backup.</source>
        <translation>{0} 是空的，或太短，不可能是 WhatsApp 備份。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the phone&apos;s WhatsApp/Databases folder.</source>
        <translation>{0} 不是 wamigrate 能讀取的 WhatsApp 備份：請從手機的 WhatsApp/Databases 資料夾選擇 msgstore.db.crypt15（或 .crypt14）。</translation>
    </message>
    <message>
        <source>The key does not open {0}: check it against the key WhatsApp showed for this phone.</source>
        <translation>這個金鑰無法開啟 {0}：請與 WhatsApp 為這支手機顯示的金鑰核對。</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over USB, not through a messaging app, which may change it).</source>
        <translation>{0} 已損壞或不完整：可能尚未複製完成。請從手機重新複製（透過 USB，不要透過訊息應用程式，它可能會變更檔案）。</translation>
    </message>
    <message>
        <source>{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 key file.</source>
        <translation>{0} 是端對端加密備份（.crypt15）：要用 64 位數金鑰開啟，而不是 crypt14 金鑰檔。</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens with the phone&apos;s “key” file (readable only on a rooted phone), not with a 64-digit key.</source>
        <translation>{0} 是較舊的本機備份（.crypt14）：要用手機的「key」檔開啟（只有已 root 的手機才能讀取），而不是 64 位數金鑰。</translation>
    </message>
    <message>
        <source>Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup.</source>
        <translation>請輸入開啟加密備份時 WhatsApp 顯示的 64 位數金鑰。</translation>
    </message>
    <message>
        <source>The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0).</source>
        <translation>金鑰只能包含數字 0–9 和字母 a–f，但其中有 {0}。請將您輸入的內容與 WhatsApp 顯示的金鑰核對（金鑰中絕不會有字母 O：那是數字 0）。</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>金鑰有 %n 位數；WhatsApp 的備份金鑰是 64 位數。請確認沒有遺漏或重複。</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: its contents are not a key.</source>
        <translation>{0} 不是 WhatsApp 金鑰檔：內容不是金鑰。</translation>
    </message>
    <message>
        <source>{0} is incomplete: copy the key file from the phone again.</source>
        <translation>{0} 不完整：請從手機重新複製金鑰檔。</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: it is far too large.</source>
        <translation>{0} 不是 WhatsApp 金鑰檔：檔案太大了。</translation>
    </message>
    <message>
        <source>{0} is empty: copy it from the phone again.</source>
        <translation>{0} 是空的：請從手機重新複製。</translation>
    </message>
    <message>
        <source>{0} is a file of WhatsApp&apos;s Google Drive backup, which can only be restored to a phone. Copy msgstore.db.crypt15 from the phone&apos;s WhatsApp/Databases folder instead.</source>
        <translation>{0} 是 WhatsApp Google 雲端硬碟備份的檔案，只能還原到手機。請改從手機的 WhatsApp/Databases 資料夾複製 msgstore.db.crypt15。</translation>
    </message>
    <message>
        <source>{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can be chosen here too.</source>
        <translation>{0} 是舊的備份（.crypt12，來自 2021 年以前的 WhatsApp），wamigrate 不會開啟它。如果手機上仍有 WhatsApp，請重新備份（設定 ▸ 聊天 ▸ 對話備份）：新的備份包含相同的記錄，wamigrate 可以開啟。其他工具已解密的副本（msgstore.db）也可以在這裡選擇。</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens only with the phone&apos;s “key” file, which can be copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open.</source>
        <translation>{0} 是較舊的本機備份（.crypt14）：只能用手機的「key」檔開啟，這個檔案只能從已 root 的手機複製。若手機沒有 root，請以 64 位數金鑰開啟端對端加密備份並重新備份：這樣會產生 wamigrate 能開啟的 .crypt15 檔。</translation>
    </message>
    <message>
        <source>{0} opened with the key, but what it holds is not a WhatsApp database.</source>
        <translation>{0} 已用金鑰開啟，但內容不是 WhatsApp 資料庫。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>這個 iPhone 備份中的 WhatsApp 資料庫已損壞：請在電腦上重新備份。</translation>
    </message>
    <message>
        <source>WhatsApp is in this iPhone backup, but its chats are not: WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on, which keeps the chats out of the computer&apos;s backup. In WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the computer again.</source>
        <translation>這個 iPhone 備份中有 WhatsApp，但沒有它的聊天：WhatsApp 本身的 iCloud 端對端加密備份可能已開啟，這會讓聊天不被納入電腦的備份。請在 WhatsApp 中前往「設定 ▸ 聊天 ▸ 聊天備份 ▸ 端對端加密備份」將其關閉，然後在電腦上重新備份 iPhone。</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.</source>
        <translation>這個 iPhone 備份中沒有 WhatsApp Business：請改選 WhatsApp，或另一個備份。</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in Finder, iTunes or the Apple Devices app.</source>
        <translation>這個 iPhone 備份中沒有 WhatsApp：請選擇有 WhatsApp 的那支 iPhone 的備份，或在 Finder、iTunes 或 Apple 裝置 App 中製作一個。</translation>
    </message>
    <message>
        <source>The group name was changed.</source>
        <translation>群組名稱已變更。</translation>
    </message>
    <message>
        <source>A member was added to the group.</source>
        <translation>有成員被加入群組。</translation>
    </message>
    <message>
        <source>A member left the group.</source>
        <translation>有成員退出了群組。</translation>
    </message>
    <message>
        <source>The group icon was changed.</source>
        <translation>群組圖示已變更。</translation>
    </message>
    <message>
        <source>You were removed from the group.</source>
        <translation>你已被移出群組。</translation>
    </message>
    <message>
        <source>A member changed their phone number.</source>
        <translation>有成員更換了電話號碼。</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>群組已建立。</translation>
    </message>
    <message>
        <source>Members were added to the group.</source>
        <translation>有成員被加入群組。</translation>
    </message>
    <message>
        <source>A member was removed from the group.</source>
        <translation>有成員被移出群組。</translation>
    </message>
    <message>
        <source>A member was made a group admin.</source>
        <translation>有成員成為群組管理員。</translation>
    </message>
    <message>
        <source>The security code changed.</source>
        <translation>安全碼已變更。</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted.</source>
        <translation>訊息和通話均經端對端加密。</translation>
    </message>
    <message>
        <source>A member joined with the group&apos;s invite link.</source>
        <translation>有成員透過群組邀請連結加入。</translation>
    </message>
    <message>
        <source>The group description was changed.</source>
        <translation>群組說明已變更。</translation>
    </message>
    <message>
        <source>This is an official business account.</source>
        <translation>這是官方商業帳號。</translation>
    </message>
    <message>
        <source>This account changed from a business account to a standard one.</source>
        <translation>此帳號已從商業帳號改為標準帳號。</translation>
    </message>
    <message>
        <source>The disappearing messages setting was changed.</source>
        <translation>限時訊息設定已變更。</translation>
    </message>
    <message>
        <source>The contact was blocked or unblocked.</source>
        <translation>聯絡人已被封鎖或解除封鎖。</translation>
    </message>
    <message>
        <source>media files and captions</source>
        <translation>媒體檔案與說明文字</translation>
    </message>
    <message>
        <source>which message a reply quotes</source>
        <translation>回覆引用的是哪則訊息</translation>
    </message>
    <message>
        <source>shared locations</source>
        <translation>分享的位置</translation>
    </message>
    <message>
        <source>group and chat notices</source>
        <translation>群組與聊天通知</translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation>聯絡人名片</translation>
    </message>
    <message>
        <source>{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose “Import what can be read”, or update wamigrate first.</source>
        <translation>{0} 有訊息，但缺少資料庫中以 wamigrate 所知方式儲存{1}的部分（比這個 wamigrate 更新的 WhatsApp 版本？）。訊息可以在不含這些內容的情況下匯入：請選擇「匯入可讀取的部分」，或先更新 wamigrate。</translation>
    </message>
    <message>
        <source>This is wa.db, WhatsApp&apos;s contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.</source>
        <translation>這是 wa.db，WhatsApp 的聯絡人清單：訊息請選擇 msgstore.db（或 msgstore.db.crypt15）。</translation>
    </message>
    <message>
        <source>This is an iPhone&apos;s ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.</source>
        <translation>這是 iPhone 的 ChatStorage.sqlite：要從 iPhone 備份讀取，而不是當作 Android 備份。</translation>
    </message>
    <message>
        <source>This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.</source>
        <translation>這不是 wamigrate 能讀取的 WhatsApp 訊息資料庫：沒有可用的 {0} 資料表。</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>不明成員</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n 分鐘</numerusform>
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
        <translation>視像通話，{0}</translation>
    </message>
    <message>
        <source>Voice call, {0}</source>
        <translation>語音通話，{0}</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <translation>視像通話，未接聽</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <translation>語音通話，未接聽</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>未接視像通話</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>未接語音通話</translation>
    </message>
    <message>
        <source>A member joined the group.</source>
        <translation>有成員加入了群組。</translation>
    </message>
    <message>
        <source>The group icon was removed.</source>
        <translation>群組圖示已移除。</translation>
    </message>
    <message>
        <source>media files, captions, locations and contact cards</source>
        <translation>媒體檔案、說明文字、位置與聯絡人名片</translation>
    </message>
    <message>
        <source>who wrote each group message</source>
        <translation>群組中每則訊息是誰寫的</translation>
    </message>
    <message>
        <source>This is an Android phone&apos;s msgstore.db: add it as an Android backup, not from an iPhone backup.</source>
        <translation>這是 Android 手機的 msgstore.db：請以 Android 備份的方式加入，而不是從 iPhone 備份。</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable {0} table): update wamigrate, or tell us the WhatsApp version.</source>
        <translation>這個 iPhone 備份中 WhatsApp 的 ChatStorage.sqlite 採用 wamigrate 不認識的結構（沒有可用的 {0} 資料表）：請更新 wamigrate，或告訴我們 WhatsApp 的版本。</translation>
    </message>
    <message>
        <source>[a kind of message wamigrate does not know yet (type {0})]</source>
        <translation>[wamigrate 尚不認識的訊息類型（類型 {0}）]</translation>
    </message>
    <message>
        <source>Waiting for this message.</source>
        <translation>正在等待此訊息。</translation>
    </message>
    <message>
        <source>[a chat notice wamigrate does not know yet (number {0})]</source>
        <translation>[wamigrate 尚不認識的聊天通知（編號 {0}）]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>我</translation>
    </message>
    <message>
        <source>{0} is not a folder: choose the phone&apos;s WhatsApp “Media” folder.</source>
        <translation>{0} 不是資料夾：請選擇手機的 WhatsApp「Media」資料夾。</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>存放封存檔的磁碟只剩 {0} MB，而這些媒體檔案需要 {1} MB。請在該磁碟騰出空間（或把封存檔移到更大的磁碟），再匯入一次；沒有任何變更。</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>無法讀取 {0}：{1}</translation>
    </message>
    <message>
        <source>{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.</source>
        <translation>{0} 不是 wamigrate 能讀取的聯絡人檔案：請選擇 wa.db、.vcf 或 .csv 檔案。</translation>
    </message>
    <message>
        <source>{0} holds no names with phone numbers.</source>
        <translation>{0} 裡沒有附電話號碼的名字。</translation>
    </message>
    <message>
        <source>{0} is not WhatsApp&apos;s wa.db: it has no contacts table.</source>
        <translation>{0} 不是 WhatsApp 的 wa.db：裡面沒有聯絡人表格。</translation>
    </message>
    <message>
        <source>{0} could not be read as WhatsApp&apos;s wa.db: {1}</source>
        <translation>無法把 {0} 當作 WhatsApp 的 wa.db 讀取：{1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The phone&apos;s backup&lt;/b&gt; opens with the 64-digit key WhatsApp showed when you turned on the end-to-end encrypted backup.</source>
        <translation>&lt;b&gt;手機的備份&lt;/b&gt;要用你開啟端對端加密備份時 WhatsApp 顯示的 64 位數金鑰開啟。</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>金鑰</translation>
    </message>
    <message>
        <source>The backup&apos;s 64-digit key</source>
        <translation>備份的 64 位數金鑰</translation>
    </message>
    <message>
        <source>64 digits and letters a–f; spaces do not matter</source>
        <translation>64 個數字和字母 a–f；空格無所謂</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>金鑰檔案…</translation>
    </message>
    <message>
        <source>Use a file holding the key (or a rooted phone&apos;s key file)</source>
        <translation>使用存有金鑰的檔案（或已 root 手機的 key 檔案）</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>金鑰檢查</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>名字</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s contacts (.vcf or .csv) show customers by name.</source>
        <translation>選用：手機的聯絡人（.vcf 或 .csv）可用名字顯示顧客。</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>聯絡人…</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s WhatsApp “Media” folder, copied over USB.</source>
        <translation>選用：手機的 WhatsApp「Media」資料夾，經 USB 複製。</translation>
    </message>
    <message>
        <source>Media folder…</source>
        <translation>媒體資料夾…</translation>
    </message>
    <message>
        <source>Type the 64-digit key, or choose the key file.</source>
        <translation>請輸入 64 位數金鑰，或選擇金鑰檔案。</translation>
    </message>
    <message>
        <source>Key from {0}.</source>
        <translation>金鑰來自 {0}。</translation>
    </message>
    <message>
        <source>The key has 64 digits.</source>
        <translation>金鑰有 64 位數。</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>選擇金鑰檔案</translation>
    </message>
    <message>
        <source>Names from {0}.</source>
        <translation>名字來自 {0}。</translation>
    </message>
    <message>
        <source>Media from {0}.</source>
        <translation>媒體來自 {0}。</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s contacts</source>
        <translation>選擇手機的聯絡人</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>聯絡人</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s WhatsApp Media folder</source>
        <translation>選擇手機的 WhatsApp Media 資料夾</translation>
    </message>
    <message>
        <source>This advice is as of {0}, more than six months ago: Meta&apos;s rules may have changed since. Install the latest wamigrate, which ships the newest rules, and check each finding&apos;s source and its date.</source>
        <translation>這些建議截至 {0}，已超過六個月：Meta 的規則之後可能已改變。請安裝最新版 wamigrate（內含最新規則），並查看每項結果的來源及其日期。</translation>
    </message>
    <message>
        <source>Advice as of {0}; each rule gives its source and the source&apos;s date.</source>
        <translation>建議截至 {0}；每條規則都註明來源及來源日期。</translation>
    </message>
    <message>
        <source>Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent there) per message, at the customer&apos;s country&apos;s rate; providers report the first {0} a month per number free. Without a payment method, the messages past that are not delivered, although the API reports success.</source>
        <translation>自 2026 年 10 月 1 日起，Meta 對 24 小時視窗內傳送的回覆（以及在視窗內傳送的公用程式範本）按則收費，費率依顧客所在國家而定；供應商表示每個號碼每月前 {0} 則免費。沒有付款方式時，超出的訊息不會送達，即使 API 回報成功。</translation>
    </message>
    <message>
        <source>Your archive shows about {0} replies a month sent within 24 hours of a customer&apos;s message.</source>
        <translation>您的封存顯示，每月約有 {0} 則回覆是在顧客來訊後 24 小時內傳送的。</translation>
    </message>
    <message>
        <source>is a payment method on file (with Meta or with the provider)?</source>
        <translation>是否已登記付款方式（在 Meta 或供應商處）？</translation>
    </message>
    <message>
        <source>A payment method is on file.</source>
        <translation>已登記付款方式。</translation>
    </message>
    <message>
        <source>About {0} of them a month would be charged.</source>
        <translation>其中每月約有 {0} 則會被收費。</translation>
    </message>
    <message>
        <source>Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.</source>
        <translation>在切換前於 WhatsApp 管理員（或供應商處）新增付款方式。</translation>
    </message>
    <message>
        <source>No payment method on file.</source>
        <translation>尚未登記付款方式。</translation>
    </message>
    <message>
        <source>That is within the free allowance for now.</source>
        <translation>目前仍在免費額度內。</translation>
    </message>
    <message>
        <source>Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent outside the 24-hour window, is charged per message at the rate of the customer&apos;s country; Meta changes the rates each quarter.</source>
        <translation>自 2025 年 7 月 1 日起，每則送達的行銷或驗證範本，以及每則在 24 小時視窗外傳送的公用程式範本，都依顧客所在國家的費率按則收費；Meta 每季調整費率。</translation>
    </message>
    <message>
        <source>Good to know for the first days after the cut-over.</source>
        <translation>切換後最初幾天值得留意。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>切換後需要用範本才能聯絡 %n 位顧客</numerusform>
        </translation>
    </message>
    <message>
        <source>One template each would cost about {0} {1:,.2f} at Meta&apos;s rates of {2} (estimate).</source>
        <translation>依 Meta {2} 的費率，每人一則範本約需 {0} {1:,.2f}（估算）。</translation>
    </message>
    <message>
        <source>Ask the provider for the current rate of each of these countries before the cut-over.</source>
        <translation>在切換前向供應商詢問這些國家目前的費率。</translation>
    </message>
    <message>
        <source>Good to know if you advertise.</source>
        <translation>如果您有投放廣告，值得知道。</translation>
    </message>
    <message>
        <source>When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 hours, every message for the next 72 hours is free, templates included: the cheapest way to reach customers again after the cut-over.</source>
        <translation>當顧客從點擊前往 WhatsApp 廣告或 Facebook 粉絲專頁按鈕來訊，而您在 24 小時內回覆時，接下來 72 小時的所有訊息（包括範本）都免費：這是切換後重新聯絡顧客最便宜的方式。</translation>
    </message>
    <message>
        <source>Meta reviews a template&apos;s category when it is used, not only when it is approved: a utility template that promotes is charged as marketing (several times the price) and counts against the marketing caps.</source>
        <translation>Meta 不只在核准時，也會在範本使用時檢視其類別：帶有促銷內容的公用程式範本會按行銷收費（價格高出數倍），並計入行銷上限。</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion: {0}.</source>
        <translation>讀起來像促銷的公用程式範本：{0}。</translation>
    </message>
    <message>
        <source>Keep utility templates to the order, booking or account they are about; send offers as marketing.</source>
        <translation>讓公用程式範本只談相關的訂單、預約或帳戶；優惠請以行銷範本傳送。</translation>
    </message>
    <message>
        <source>No utility template reads as promotion.</source>
        <translation>沒有公用程式範本讀起來像促銷。</translation>
    </message>
    <message>
        <source>Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop marketing messages without blocking you (error 131050).</source>
        <translation>在歐洲經濟區、英國、日本和南韓以外，Meta 會限制一個人從所有商家收到的行銷範本數量；超出上限的不會送達（錯誤 131049），顧客也可以不封鎖您而停止接收行銷訊息（錯誤 131050）。</translation>
    </message>
    <message>
        <source>Good to know before sending marketing templates.</source>
        <translation>傳送行銷範本前值得知道。</translation>
    </message>
    <message>
        <source>{0} of your {1} customers with a known country ({2} %) are where the caps apply.</source>
        <translation>在國家已知的 {1} 位顧客中，有 {0} 位（{2} %）位於適用上限的地區。</translation>
    </message>
    <message>
        <source>Providers report that authentication templates can be sent only by a verified business whose messaging limit has reached 2,000; Meta&apos;s pages do not say so.</source>
        <translation>供應商表示，只有訊息上限已達 2,000 的已驗證商家才能傳送驗證範本；Meta 的頁面沒有這麼說。</translation>
    </message>
    <message>
        <source>No authentication templates.</source>
        <translation>沒有驗證範本。</translation>
    </message>
    <message>
        <source>The business is verified: it can send authentication templates.</source>
        <translation>商家已驗證：可以傳送驗證範本。</translation>
    </message>
    <message>
        <source>Authentication templates ({0}), but the business is not verified.</source>
        <translation>有驗證範本（{0}），但商家尚未驗證。</translation>
    </message>
    <message>
        <source>Complete business verification before you rely on codes sent over WhatsApp.</source>
        <translation>在依賴透過 WhatsApp 傳送驗證碼之前，先完成商家驗證。</translation>
    </message>
    <message>
        <source>Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs keyed on phone numbers, this archive included, cannot match such customers by themselves.</source>
        <translation>自 2026 年起，顧客可以設定 WhatsApp 使用者名稱；商家此時收到的是商家專屬的使用者 ID，只有在過去 30 天內傳訊或致電過該顧客時才會收到電話號碼。以電話號碼為依據的記錄和 CRM（包括此封存）無法自行對應這類顧客。</translation>
    </message>
    <message>
        <source>Export the customer list (name, number, first and last message) and give it to the provider&apos;s inbox or CRM, so it can join a new conversation to its history; ask it how it handles customers without a number.</source>
        <translation>匯出顧客清單（名稱、號碼、第一則與最後一則訊息）交給供應商的收件匣或 CRM，讓它能把新的對話接上原有記錄；並詢問它如何處理沒有號碼的顧客。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>有 %n 位顧客在切換前 30 天內沒有來訊，也沒有收到訊息。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer in the archive was in touch in the last 30 days.</source>
        <translation>封存中的每位顧客在過去 30 天內都有聯絡。</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to a notable, verified business with two-step verification on, after 30 days on the Platform, never to a Business-app number. Meta Verified for Business is a separate paid subscription.</source>
        <translation>藍色勾勾（官方商業帳號）不會隨搬遷帶過去，也不會因搬遷而取得：Meta 只在使用平台 30 天後，授予具知名度、已驗證且開啟兩步驟驗證的商家，從不授予 Business 應用程式號碼。Meta Verified for Business 是另外付費的訂閱。</translation>
    </message>
    <message>
        <source>A coexistence number cannot get the blue check.</source>
        <translation>共存號碼無法取得藍色勾勾。</translation>
    </message>
    <message>
        <source>Good to know if you expect the blue check.</source>
        <translation>如果您期待藍色勾勾，值得知道。</translation>
    </message>
    <message>
        <source>A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of 2,000; then 20.</source>
        <translation>商家資產組合在驗證或訊息上限達 2,000 之前可登記 2 個電話號碼；之後 20 個。</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>Meta 顯示此帳號已有 %n 個號碼；商家尚未驗證。</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business first, or remove a number you no longer use.</source>
        <translation>先驗證商家，或移除不再使用的號碼。</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>Meta 顯示此帳號有 %n 個號碼。</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, unverified business portfolio: it can register 2 numbers.</source>
        <translation>新的、尚未驗證的商家資產組合：可登記 2 個號碼。</translation>
    </message>
    <message>
        <source>Register this number first; verify the business before adding a test or branch number.</source>
        <translation>先登記這個號碼；新增測試或分店號碼前先驗證商家。</translation>
    </message>
    <message>
        <source>The number cap does not stand in the way.</source>
        <translation>號碼數量上限不構成阻礙。</translation>
    </message>
    <message>
        <source>Reminder for the day the number is registered.</source>
        <translation>登記號碼當天的提醒。</translation>
    </message>
    <message>
        <source>A number still registered to another provider&apos;s app shows “already registered to a partner app” until that app deregisters it; a banned number must be unbanned first; a number with paid messages in the last 30 days cannot be deleted from its WhatsApp Business Account.</source>
        <translation>仍登記在其他供應商應用程式的號碼會顯示「already registered to a partner app」，直到該應用程式取消登記；被停權的號碼必須先解除停權；過去 30 天內有付費訊息的號碼無法從其 WhatsApp Business 帳號刪除。</translation>
    </message>
    <message>
        <source>Ask the previous provider to deregister the number before the cut-over day.</source>
        <translation>在切換日之前，請前一家供應商取消號碼的登記。</translation>
    </message>
    <message>
        <source>Under coexistence the Business app must stay on the same phone and be opened at least every 13 days (weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and providers report it cannot use the Marketing Messages API either. Messages received before onboarding do not open a window on the API: the first API reply to them must be a template.</source>
        <translation>共存模式下，Business 應用程式必須留在同一支手機上，且至少每 13 天開啟一次（每週更保險），否則 API 端會中斷；限時訊息、僅限檢視一次和即時位置會關閉，廣播清單變成唯讀；號碼不能使用通話或群組 API，供應商也表示不能使用 Marketing Messages API。上線前收到的訊息不會在 API 上開啟視窗：以 API 首次回覆必須使用範本。</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>有 %n 個聊天使用限時訊息，這項功能會被關閉。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>有 %n 位顧客在切換前 24 小時內來訊：請從應用程式回覆，或透過 API 以範本回覆。</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the staff; keep the phone with the app, and open the app at least once a week.</source>
        <translation>告知員工；保留裝有應用程式的手機，並至少每週開啟一次。</translation>
    </message>
    <message>
        <source>Nothing in the archive is affected; the conditions below still apply.</source>
        <translation>封存中沒有受影響的內容；下列條件仍然適用。</translation>
    </message>
    <message>
        <source>Worth checking before you move.</source>
        <translation>搬遷前值得確認。</translation>
    </message>
    <message>
        <source>Since October 2026 one number can have a Messaging account with each of several partners, and Conversation Routing decides which of them receives each conversation: to add a provider beside the current one (an AI agent beside a helpdesk, say), the number may not need to move.</source>
        <translation>自 2026 年 10 月起，一個號碼可以與多家合作夥伴各有一個訊息帳號，並由 Conversation Routing 決定每段對話由誰接收：若只想在現有供應商之外再加一家（例如在客服系統旁加一個 AI 代理），號碼可能不必搬遷。</translation>
    </message>
    <message>
        <source>Meta moves a number to another provider only for a verified business portfolio with a payment method, an approved display name and no pending name change; test numbers cannot be moved.</source>
        <translation>Meta 只會為已驗證、有付款方式、顯示名稱已核准且沒有待處理改名的商家資產組合，把號碼移到另一家供應商；測試號碼無法搬移。</translation>
    </message>
    <message>
        <source>is the business verified, and is a payment method on file?</source>
        <translation>商家是否已驗證，且已登記付款方式？</translation>
    </message>
    <message>
        <source>the business is not verified</source>
        <translation>商家尚未驗證</translation>
    </message>
    <message>
        <source>no payment method is on file</source>
        <translation>尚未登記付款方式</translation>
    </message>
    <message>
        <source>Complete business verification and add a payment method in WhatsApp Manager before the move.</source>
        <translation>在搬遷前完成商家驗證，並在 WhatsApp 管理員中新增付款方式。</translation>
    </message>
    <message>
        <source>The business is verified and has a payment method.</source>
        <translation>商家已驗證且有付款方式。</translation>
    </message>
    <message>
        <source>Category: a general-purpose AI assistant.</source>
        <translation>類別：通用型 AI 助理。</translation>
    </message>
    <message>
        <source>Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main service is a general-purpose AI assistant to use the Platform; an ordinary business&apos;s customer-service bot is still allowed.</source>
        <translation>自 2026 年 1 月 15 日起，WhatsApp Business 解決方案條款不允許以通用型 AI 助理為主要服務的商家使用此平台；一般商家的客服機器人仍然允許。</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration; ask Meta or the provider before planning the move.</source>
        <translation>這無法靠設定解決；規劃搬遷前請先詢問 Meta 或供應商。</translation>
    </message>
    <message>
        <source>The business is not a general-purpose AI assistant.</source>
        <translation>商家不是通用型 AI 助理。</translation>
    </message>
    <message>
        <source>The customer list could not be written to {0}: {1}.</source>
        <translation>無法將顧客清單寫入 {0}：{1}。</translation>
    </message>
    <message>
        <source>Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at most 8 people; messages in them cannot be edited or deleted.</source>
        <translation>部分屬實。群組 API 讓已驗證品牌帳號（官方商業帳號）建立最多 8 人的群組；群組中的訊息無法編輯或刪除。</translation>
    </message>
    <message>
        <source>Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries.</source>
        <translation>部分屬實。通話 API 可以接聽和撥打 WhatsApp 通話，但必須有供應商的通話整合和 2,000 以上的訊息上限；部分國家不提供撥打給顧客的通話。</translation>
    </message>
    <message>
        <source>True for a full migration: deleting the app account loses every conversation the phone holds. Back every chat up first, as this assistant does.</source>
        <translation>完整遷移時屬實：刪除應用程式帳號會失去手機上的所有對話。請先備份所有聊天，就像本助理所做的那樣。</translation>
    </message>
    <message>
        <source>There are no groups on the API.</source>
        <translation>API 上沒有群組。</translation>
    </message>
    <message>
        <source>True for a coexistence number: groups stay in the Business app; the Groups API is not offered to Business-app numbers.</source>
        <translation>對共存號碼屬實：群組留在 Business 應用程式中；群組 API 不提供給 Business 應用程式號碼。</translation>
    </message>
    <message>
        <source>Meta, “Groups API”</source>
        <translation>Meta，“Groups API”</translation>
    </message>
    <message>
        <source>You cannot call or be called on the API.</source>
        <translation>API 上無法撥打或接聽電話。</translation>
    </message>
    <message>
        <source>For a coexistence number calls stay in the Business app: the Calling API is not offered under coexistence.</source>
        <translation>對共存號碼而言，通話留在 Business 應用程式中：共存模式不提供通話 API。</translation>
    </message>
    <message>
        <source>Meta, “Calling API” (generally available since 15 Jul 2025)</source>
        <translation>Meta，“Calling API”（自 2025 年 7 月 15 日起全面開放）</translation>
    </message>
    <message>
        <source>Reactions do not work on the API.</source>
        <translation>API 上無法使用回應。</translation>
    </message>
    <message>
        <source>No longer true: the API receives customers&apos; reactions and can send its own.</source>
        <translation>已不再屬實：API 會收到顧客的回應，也能送出自己的回應。</translation>
    </message>
    <message>
        <source>Meta, “Send messages” (reaction messages)</source>
        <translation>Meta，“Send messages”（回應訊息）</translation>
    </message>
    <message>
        <source>You cannot reply to a particular message (threaded replies).</source>
        <translation>無法回覆特定訊息（串接回覆）。</translation>
    </message>
    <message>
        <source>No longer true: a message sent through the API can quote the customer&apos;s message it answers, and customers&apos; replies say which message they quote.</source>
        <translation>已不再屬實：透過 API 傳送的訊息可以引用所回覆的顧客訊息，顧客的回覆也會標示所引用的訊息。</translation>
    </message>
    <message>
        <source>Meta, “Send messages”</source>
        <translation>Meta，“Send messages”</translation>
    </message>
    <message>
        <source>Chat history does not move to the API.</source>
        <translation>聊天記錄不會移到 API。</translation>
    </message>
    <message>
        <source>Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no groups; media only from the last 14 days), once, within 24 hours of onboarding.</source>
        <translation>共存模式下部分屬實：供應商可在上線後 24 小時內一次複製最多 6 個月的一對一聊天（不含群組；媒體只含最近 14 天）。</translation>
    </message>
    <message>
        <source>For a move between providers Meta moves the number, not the conversations kept by the old provider: ask it for an export of its history.</source>
        <translation>更換供應商時，Meta 搬的是號碼，而不是舊供應商保存的對話：請向舊供應商索取其記錄的匯出檔。</translation>
    </message>
    <message>
        <source>Meta, “Onboard WhatsApp Business app users”</source>
        <translation>Meta，“Onboard WhatsApp Business app users”</translation>
    </message>
    <message>
        <source>Answering within 24 hours is free.</source>
        <translation>在 24 小時內回覆是免費的。</translation>
    </message>
    <message>
        <source>No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at the customer&apos;s country&apos;s rate past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still opens 72 free hours.</source>
        <translation>自 2026 年 10 月 1 日起已不再屬實：24 小時視窗內的回覆超過每月免費額度後（供應商表示每個號碼 1,000 則），依顧客所在國家的費率按則收費；沒有付款方式時不會送達。回覆點擊前往 WhatsApp 廣告的訊息仍會開啟 72 小時免費時段。</translation>
    </message>
    <message>
        <source>No longer true on the API since 1 October 2026 (replies are charged past a monthly free allowance); what you send from the Business app itself stays free.</source>
        <translation>自 2026 年 10 月 1 日起在 API 上已不再屬實（回覆超過每月免費額度後收費）；從 Business 應用程式本身傳送的訊息仍然免費。</translation>
    </message>
    <message>
        <source>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</source>
        <translation>Meta，“Upcoming pricing updates for Meta Business Agent, service and utility messages”</translation>
    </message>
    <message>
        <source>{0} of this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>這個 iPhone 備份的 {0} 已損壞：請在電腦上重新備份。</translation>
    </message>
    <message>
        <source>{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds Manifest.db and Info.plist), usually in MobileSync/Backup.</source>
        <translation>{0} 不是 iPhone 備份：請選擇 Finder、iTunes 或 Apple 裝置 App 建立的資料夾（其中有 Manifest.db 和 Info.plist），通常位於 MobileSync/Backup。</translation>
    </message>
    <message>
        <source>macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy &amp; Security ▸ Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup&apos;s folder somewhere else and choose it.</source>
        <translation>macOS 會將 iPhone 備份設為私密：若要讓 wamigrate 讀取，請開啟「系統設定 ▸ 隱私權與安全性 ▸ 完整磁碟取用權」，開啟 wamigrate，然後重新開啟 wamigrate。或將備份資料夾複製到其他地方再選擇它。</translation>
    </message>
    <message>
        <source>The backups folder {0} could not be read: {1}.</source>
        <translation>無法讀取備份資料夾 {0}：{1}。</translation>
    </message>
    <message>
        <source>The backup password could not be checked. Try again.</source>
        <translation>無法檢查備份密碼。請再試一次。</translation>
    </message>
    <message>
        <source>{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.</source>
        <translation>這個 iPhone 備份中的 {0} 已損壞或不完整：請在電腦上重新備份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an invalid name): make the backup again.</source>
        <translation>這個 iPhone 備份的 Manifest.db 已損壞（有檔案的名稱無效）：請重新備份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an impossible size): make the backup again.</source>
        <translation>這個 iPhone 備份的 Manifest.db 已損壞（有檔案的大小不可能成立）：請重新備份。</translation>
    </message>
    <message>
        <source>{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it again on the computer.</source>
        <translation>{0} 列在這個 iPhone 備份中，但它的檔案不見了：備份不完整。請在電腦上重新製作。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file&apos;s details cannot be read): make the backup again.</source>
        <translation>這個 iPhone 備份的 Manifest.db 已損壞（無法讀取某個檔案的資訊）：請重新備份。</translation>
    </message>
    <message>
        <source>This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait until Finder or the Apple Devices app says the backup is done (or make it again), then choose it.</source>
        <translation>這個 iPhone 備份尚未完成：電腦仍在製作，或中途停止了。請等到 Finder 或 Apple 裝置 App 顯示備份已完成（或重新製作），再選擇它。</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app (it is not the phone&apos;s passcode, nor the Apple ID&apos;s password).</source>
        <translation>這個 iPhone 備份已加密：請輸入在 Finder、iTunes 或 Apple 裝置 App 中為手機備份設定的密碼（不是手機的密碼鎖，也不是 Apple ID 的密碼）。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s key list (in Manifest.plist) is damaged: make the backup again on the computer.</source>
        <translation>這個 iPhone 備份的金鑰清單（在 Manifest.plist 中）已損壞：請在電腦上重新備份。</translation>
    </message>
    <message>
        <source>This password does not open the iPhone backup. Type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app; letters must match in case.</source>
        <translation>這個密碼無法開啟 iPhone 備份。請輸入在 Finder、iTunes 或 Apple 裝置 App 中為手機備份設定的密碼；大小寫必須相符。</translation>
    </message>
    <message>
        <source>This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.</source>
        <translation>這個 iPhone 備份沒有 Manifest.db：備份不完整。請在電腦上重新備份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged or incomplete: make the backup again on the computer.</source>
        <translation>這個 iPhone 備份的 Manifest.db 已損壞或不完整：請在電腦上重新備份。</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db has a layout wamigrate does not know (a newer iOS?). Update wamigrate, or tell us the iOS version.</source>
        <translation>這個 iPhone 備份的 Manifest.db 採用 wamigrate 不認識的結構（較新的 iOS？）。請更新 wamigrate，或告訴我們 iOS 的版本。</translation>
    </message>
    <message>
        <source>Marketing (offers, news, come back)</source>
        <translation>行銷（優惠、新消息、邀請回購）</translation>
    </message>
    <message>
        <source>Utility (about an order, booking or account)</source>
        <translation>公用程式（關於訂單、預約或帳戶）</translation>
    </message>
    <message>
        <source>{0} is too large to be Meta&apos;s rate card (it is about 2 kB).</source>
        <translation>{0} 太大，不可能是 Meta 的費率表（約 2 kB）。</translation>
    </message>
    <message>
        <source>The rate card {0} does not exist.</source>
        <translation>費率表 {0} 不存在。</translation>
    </message>
    <message>
        <source>The rate card {0} cannot be read: {1}.</source>
        <translation>無法讀取費率表 {0}：{1}。</translation>
    </message>
    <message>
        <source>{0} is not a text file: download the rate card from Meta&apos;s pricing page as CSV.</source>
        <translation>{0} 不是文字檔：請從 Meta 的價格頁面下載 CSV 格式的費率表。</translation>
    </message>
    <message>
        <source>{0} is not Meta&apos;s rate card: no row starts with &quot;Market&quot;. Download &quot;Rate card (USD)&quot; from Meta&apos;s pricing page and choose that file.</source>
        <translation>{0} 不是 Meta 的費率表：沒有任何一列以「Market」開頭。請從 Meta 的價格頁面下載「Rate card (USD)」並選取該檔案。</translation>
    </message>
    <message>
        <source>{0} does not say from when its rates apply (&quot;effective …&quot; in its first line).</source>
        <translation>{0} 沒有說明費率何時生效（第一行的「effective …」）。</translation>
    </message>
    <message>
        <source>{0} gives a date that is not a date: {1}.</source>
        <translation>{0} 中的日期不是有效日期：{1}。</translation>
    </message>
    <message>
        <source>{0} has no {1} column.</source>
        <translation>{0} 沒有 {1} 欄。</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a rate.</source>
        <translation>{0}，第 {1} 列（{2}）：{3} 不是費率。</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a plausible rate per message.</source>
        <translation>{0}，第 {1} 列（{2}）：{3} 不是合理的每則訊息費率。</translation>
    </message>
    <message>
        <source>{0} has no &quot;Other&quot; market, which prices every country Meta does not list: it is not a whole card.</source>
        <translation>{0} 沒有「Other」市場（用於所有 Meta 未列出的國家）：這不是完整的費率表。</translation>
    </message>
    <message>
        <source>{0} mixes currencies ({1}).</source>
        <translation>{0} 混用了多種貨幣（{1}）。</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>確定</translation>
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
        <translation>儲存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開啟</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>關閉</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>丟棄</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>套用</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>說明</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>復原(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>剪下(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>複製(&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>複製連結位址(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>貼上(&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>刪除</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>全部選擇</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>＜返回(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>下一個(&amp;N) ＞</translation>
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
        <translation>說明(&amp;H)</translation>
    </message>
</context>
</TS>
