<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation>नंबर एक मान्य अंतरराष्ट्रीय नंबर है (देश कोड और एरिया कोड के साथ; शॉर्ट कोड नहीं)</translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation>नंबर का प्रकार रजिस्ट्रेशन कोड पा सकता है</translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation>नंबर पर SMS या वॉइस कॉल आ सकती है</translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation>IVR या टोल-फ़्री नंबर अंतरराष्ट्रीय कॉल स्वीकार करता है और किसी व्यक्ति तक पहुँचता है</translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation>बिज़नेस ऐसे क्षेत्र में नहीं है जिसे प्लेटफ़ॉर्म बाहर रखता है</translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation>नंबर अब किसी WhatsApp ऐप में रजिस्टर्ड नहीं है (पूरा माइग्रेशन)</translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation>कोएग्ज़िस्टेंस सिर्फ़ WhatsApp Business ऐप वाले नंबरों के लिए है</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation>ऐप अकाउंट डिलीट करने के बाद रजिस्टर करने से पहले कम से कम 5 मिनट रुकें</translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation>कोएग्ज़िस्टेंस के लिए Business ऐप 2.24.17 या नया और एक Solution Partner या Tech Provider ज़रूरी है</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation>नाइजीरिया (+234) और दक्षिण अफ़्रीका (+27) के नंबरों के लिए कोएग्ज़िस्टेंस उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation>कोएग्ज़िस्टेंस वाले नंबर प्रति सेकंड ज़्यादा से ज़्यादा 20 मैसेज भेजते हैं</translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation>चैट हिस्ट्री सिंक की पुष्टि ऑनबोर्डिंग के 24 घंटे के अंदर करनी होगी (180 दिन, सिर्फ़ एक-से-एक चैट)</translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation>कोएग्ज़िस्टेंस ऑनबोर्डिंग पर लिंक किए गए डिवाइस अनलिंक हो जाते हैं</translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation>प्रोवाइडर बदलने के लिए टू-स्टेप वेरिफ़िकेशन बंद होना चाहिए</translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation>हर नंबर के लिए 72 घंटे में ज़्यादा से ज़्यादा 10 रजिस्ट्रेशन प्रयास</translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation>डिस्प्ले नाम बिज़नेस के बारे में बताता है (कोई सामान्य शब्द नहीं, Meta या WhatsApp नहीं, &apos;आधिकारिक&apos; नहीं, वेब या ईमेल पता नहीं, प्रचार नहीं)</translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation>डिस्प्ले नाम का बिज़नेस के कानूनी नाम से साफ़ संबंध है</translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation>डिस्प्ले नाम Meta के तय फ़ॉर्मैट में है (सारे बड़े अक्षर, इमोजी, चिह्न नहीं; कम से कम 3 अक्षर)</translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation>बिज़नेस WhatsApp बिज़नेस मैसेजिंग इस्तेमाल कर सकता है (प्रतिबंधित सामान और सेवाएँ)</translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation>ग्राहकों ने बिज़नेस से मैसेज पाने की सहमति दी है</translation>
    </message>
    <message>
        <source>The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit</source>
        <translation>मैसेजिंग सीमा: नया पोर्टफ़ोलियो प्रतिदिन 250 ग्राहकों से शुरू होता है; मौजूदा पोर्टफ़ोलियो अपनी सीमा साझा करता है</translation>
    </message>
    <message>
        <source>Authentication templates use Meta&apos;s preset text with a code button (no links, media or emoji)</source>
        <translation>प्रमाणीकरण टेम्पलेट Meta के पहले से तय पाठ और कोड बटन का उपयोग करते हैं (लिंक, मीडिया या इमोजी नहीं)</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to customers with US numbers</source>
        <translation>मार्केटिंग टेम्पलेट अमेरिकी नंबर वाले ग्राहकों तक नहीं पहुँचते</translation>
    </message>
    <message>
        <source>Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed</source>
        <translation>24 घंटे की विंडो के भीतर के जवाबों पर 1 अक्टूबर 2026 से शुल्क लगता है: भुगतान का तरीका ज़रूरी है</translation>
    </message>
    <message>
        <source>Templates to customers outside the window are charged per message, by the customer&apos;s country</source>
        <translation>विंडो के बाहर के ग्राहकों को भेजे टेम्पलेट पर प्रति संदेश शुल्क लगता है, ग्राहक के देश के अनुसार</translation>
    </message>
    <message>
        <source>A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free</source>
        <translation>क्लिक-टू-WhatsApp विज्ञापन का जवाब 72 घंटे खोलता है जिनमें हर संदेश मुफ़्त है</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion are charged (and capped) as marketing</source>
        <translation>प्रचार जैसे लगने वाले यूटिलिटी टेम्पलेट पर मार्केटिंग का शुल्क (और सीमा) लगता है</translation>
    </message>
    <message>
        <source>Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea</source>
        <translation>EEA, ब्रिटेन, जापान और दक्षिण कोरिया के बाहर मार्केटिंग टेम्पलेट पर प्रति ग्राहक सीमा है</translation>
    </message>
    <message>
        <source>Authentication templates need a verified business with a 2,000 limit</source>
        <translation>प्रमाणीकरण टेम्पलेट के लिए 2,000 की सीमा वाला सत्यापित व्यवसाय चाहिए</translation>
    </message>
    <message>
        <source>Customers with a WhatsApp username may write without a phone number</source>
        <translation>WhatsApp यूज़रनेम वाले ग्राहक बिना फ़ोन नंबर के लिख सकते हैं</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not part of the move</source>
        <translation>नीला चेकमार्क (आधिकारिक व्यावसायिक खाता) इस बदलाव का हिस्सा नहीं है</translation>
    </message>
    <message>
        <source>A new business portfolio can register 2 numbers (20 after verification)</source>
        <translation>नया बिज़नेस पोर्टफ़ोलियो 2 नंबर पंजीकृत कर सकता है (सत्यापन के बाद 20)</translation>
    </message>
    <message>
        <source>A number still registered to a previous provider&apos;s app must be released by it first</source>
        <translation>पिछले प्रदाता के ऐप में अब भी पंजीकृत नंबर को पहले वही छोड़े</translation>
    </message>
    <message>
        <source>What changes in the Business app under coexistence</source>
        <translation>सह-अस्तित्व में Business ऐप में क्या बदलता है</translation>
    </message>
    <message>
        <source>A second provider can be added without moving the number (Conversation Routing)</source>
        <translation>नंबर बदले बिना दूसरा प्रदाता जोड़ा जा सकता है (Conversation Routing)</translation>
    </message>
    <message>
        <source>A move between providers needs a verified business and a payment method</source>
        <translation>प्रदाता बदलने के लिए सत्यापित व्यवसाय और भुगतान का तरीका चाहिए</translation>
    </message>
    <message>
        <source>General-purpose AI assistants may not use the Platform (since 15 Jan 2026)</source>
        <translation>सामान्य-उद्देश्य AI सहायक प्लैटफ़ॉर्म का उपयोग नहीं कर सकते (15 जनवरी 2026 से)</translation>
    </message>
    <message>
        <source>Meta has not rejected the display name (an approved name is needed only to move between providers)</source>
        <translation>Meta ने डिस्प्ले नाम अस्वीकार नहीं किया है (स्वीकृत नाम केवल प्रदाता बदलने के लिए ज़रूरी है)</translation>
    </message>
    <message>
        <source>The number&apos;s quality rating is not low (a RED number does not scale up)</source>
        <translation>नंबर की गुणवत्ता रेटिंग कम नहीं है (लाल नंबर की सीमा नहीं बढ़ती)</translation>
    </message>
    <message>
        <source>Meta&apos;s health status says the account can send messages</source>
        <translation>Meta की हेल्थ स्थिति बताती है कि खाता संदेश भेज सकता है</translation>
    </message>
    <message>
        <source>The date is that of Meta&apos;s developer page on display names, which points to this Help Center article; the article shows no date.</source>
        <translation>यह तारीख डिस्प्ले नाम पर Meta के डेवलपर पेज की है, जो इस सहायता केंद्र लेख की ओर इशारा करता है; लेख पर कोई तारीख नहीं है।</translation>
    </message>
    <message>
        <source>A copy of Meta&apos;s page &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; the monthly free allowance of 1,000 service messages is reported by providers.</source>
        <translation>Meta के पेज &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot; की एक प्रति; 1,000 सेवा संदेशों की मासिक मुफ़्त सीमा प्रदाताओं ने बताई है।</translation>
    </message>
    <message>
        <source>Meta&apos;s WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms&apos; own text was not readable when this was written.</source>
        <translation>प्रेस द्वारा उद्धृत Meta की WhatsApp Business Solution शर्तें (NDTV, 21 अक्टूबर 2025); यह लिखते समय शर्तों का मूल पाठ पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation>ऐप अकाउंट डिलीट करने से पहले हर चैट का बैकअप एक वेरिफ़ाइड आर्काइव में है</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation>टेम्पलेट के नाम में छोटे अक्षर, अंक और अंडरस्कोर हों (ज़्यादा से ज़्यादा 512)</translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation>टेम्पलेट की लंबाई: हेडर और फ़ुटर ज़्यादा से ज़्यादा 60 अक्षर, मुख्य भाग 1 से 1,024, बटन लेबल 25</translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation>टेम्पलेट पैरामीटर क्रम से {{1}}, {{2}}, ... हैं, हर एक के साथ एक उदाहरण मान</translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation>टेम्पलेट Meta के आम अस्वीकृति कारणों से बचते हैं (शुरुआत या अंत में पैरामीटर, उदाहरणों में #$%)</translation>
    </message>
    <message>
        <source>The number is not registered on another platform, and Meta has verified it</source>
        <translation>नंबर किसी दूसरे प्लेटफ़ॉर्म पर रजिस्टर्ड नहीं है, और Meta ने उसे वेरिफ़ाई किया है</translation>
    </message>
    <message>
        <source>No message template is rejected, paused or disabled</source>
        <translation>कोई मैसेज टेम्पलेट अस्वीकृत, रुका हुआ या बंद नहीं है</translation>
    </message>
    <message>
        <source>The messaging limit covers the customers who need a template on day one</source>
        <translation>मैसेजिंग सीमा उन ग्राहकों को कवर करती है जिन्हें पहले दिन टेम्पलेट चाहिए</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>तैयार</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>तैयार, चेतावनियों के साथ</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>रुका हुआ</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>अभी तैयार नहीं</translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation>24 घंटे से कम</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 दिन</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 दिन</translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation>1-4 हफ़्ते</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>4 हफ़्ते से ज़्यादा</translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation>कट-ओवर के समय के बाद</translation>
    </message>
    <message>
        <source>group chats</source>
        <translation>ग्रुप चैट</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>deleted messages</source>
        <translation>हटाए गए संदेश</translation>
    </message>
    <message>
        <source>polls</source>
        <translation>पोल</translation>
    </message>
    <message>
        <source>disappearing messages</source>
        <translation>गायब होने वाले संदेश</translation>
    </message>
    <message>
        <source>only for verified-brand accounts, at most 8 people; not under coexistence</source>
        <translation>केवल सत्यापित ब्रांड खातों के लिए, अधिकतम 8 लोग; सह-अस्तित्व में नहीं</translation>
    </message>
    <message>
        <source>only with a calling integration and a 2,000 limit; not under coexistence</source>
        <translation>केवल कॉलिंग इंटीग्रेशन और 2,000 की सीमा के साथ; सह-अस्तित्व में नहीं</translation>
    </message>
    <message>
        <source>a message sent through the API cannot be deleted</source>
        <translation>API से भेजा गया संदेश हटाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>cannot be sent; a customer&apos;s poll arrives as an unsupported message</source>
        <translation>भेजे नहीं जा सकते; ग्राहक का पोल असमर्थित संदेश के रूप में आता है</translation>
    </message>
    <message>
        <source>not available; turned off under coexistence</source>
        <translation>उपलब्ध नहीं; सह-अस्तित्व में बंद कर दिया जाता है</translation>
    </message>
    <message>
        <source>{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).</source>
        <translation>{0} ऐसा समय क्षेत्र नहीं है जिसे wamigrate जानता हो (जैसे America/Sao_Paulo)।</translation>
    </message>
    <message>
        <source>The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>कट-ओवर {0} स्थानीय तारीख और समय होना चाहिए, YYYY-MM-DDTHH:MM के रूप में लिखा।</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>पूरा माइग्रेशन</translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation>कोएग्ज़िस्टेंस (Business ऐप बना रहे)</translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation>प्रोवाइडर बदलना</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>ठीक</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>कार्रवाई ज़रूरी</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>जवाब नहीं दिया</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>रुकावट</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>चेतावनी</translation>
    </message>
    <message>
        <source>info</source>
        <translation>जानकारी</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>पुष्ट</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>आंशिक रूप से पुष्ट</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>अपुष्ट</translation>
    </message>
    <message>
        <source>reported by providers, not in Meta&apos;s text</source>
        <translation>प्रदाताओं द्वारा बताया गया, Meta के पाठ में नहीं</translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation>बदलाव में कोई रुकावट नहीं है।</translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation>पहले रुकावटें ठीक करें; वे सबसे ऊपर दी गई हैं।</translation>
    </message>
    <message>
        <source>Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move.</source>
        <translation>पहले रोकने वाले सवालों के जवाब दें: जब तक उनके जवाब नहीं मिलते, कोई नहीं कह सकता कि स्थानांतरण में कोई रुकावट नहीं है।</translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation>बदलाव में कोई रुकावट नहीं है; चेतावनियाँ पढ़ें।</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>यह क्यों ज़रूरी है।</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>क्या करें।</translation>
    </message>
    <message>
        <source>verified live at {0}</source>
        <translation>{0} को लाइव वेरिफ़ाई किया गया</translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation>स्रोत: {0} ({1}, {2})</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n घंटा</numerusform>
            <numerusform>%n घंटे</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n दिन</numerusform>
            <numerusform>%n दिन</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>सोम</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>मंगल</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>बुध</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>गुरु</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>शुक्र</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>शनि</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>रवि</translation>
    </message>
    <message>
        <source>Give the archive (and the planned cut-over in the profile) to see the impact.</source>
        <translation>असर देखने के लिए आर्काइव (और प्रोफ़ाइल में कट-ओवर का तय समय) दें।</translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation>चैट में बिज़नेस का अपना नाम पहचाना नहीं जा सका; प्रोफ़ाइल में own_name सेट करें।</translation>
    </message>
    <message>
        <source>the live check did not run</source>
        <translation>लाइव जाँच नहीं चली</translation>
    </message>
    <message>
        <source>Meta&apos;s list of phone numbers could not be read: {0}</source>
        <translation>Meta की फ़ोन नंबरों की सूची पढ़ी नहीं जा सकी: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>The number is not in this WhatsApp Business Account yet (its numbers: {0}).</source>
        <translation>नंबर अभी इस WhatsApp Business Account में नहीं है (इसके नंबर: {0})।</translation>
    </message>
    <message>
        <source>Check the WhatsApp Business Account ID, or add the number to it first.</source>
        <translation>WhatsApp Business Account ID जाँचें, या पहले नंबर को उसमें जोड़ें।</translation>
    </message>
    <message>
        <source>Meta says {0} is registered on the On-Premises API.</source>
        <translation>Meta के अनुसार {0} On-Premises API पर रजिस्टर्ड है।</translation>
    </message>
    <message>
        <source>A number is on one platform at a time; the On-Premises API has been retired.</source>
        <translation>एक नंबर एक समय में एक ही प्लेटफ़ॉर्म पर होता है; On-Premises API बंद हो चुका है।</translation>
    </message>
    <message>
        <source>Ask the provider to migrate the number to the Cloud API before the cut-over.</source>
        <translation>कट-ओवर से पहले प्रोवाइडर से नंबर को Cloud API पर माइग्रेट करवाएँ।</translation>
    </message>
    <message>
        <source>Meta says the ownership of {0} is not verified ({1}).</source>
        <translation>Meta के अनुसार {0} का स्वामित्व वेरिफ़ाई नहीं हुआ है ({1})।</translation>
    </message>
    <message>
        <source>The number must receive and enter Meta&apos;s code before it can be registered.</source>
        <translation>रजिस्टर होने से पहले नंबर को Meta का कोड पाना और डालना होगा।</translation>
    </message>
    <message>
        <source>Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider.</source>
        <translation>कोड फिर से माँगें (SMS या वॉइस कॉल) और उसे WhatsApp Manager में या प्रोवाइडर के ज़रिए डालें।</translation>
    </message>
    <message>
        <source>on the Cloud API</source>
        <translation>Cloud API पर</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>अभी रजिस्टर्ड नहीं</translation>
    </message>
    <message>
        <source>Meta says {0} is {1}; its ownership is verified.</source>
        <translation>Meta के अनुसार {0} {1} है; इसका स्वामित्व वेरिफ़ाइड है।</translation>
    </message>
    <message>
        <source>Meta&apos;s review of the display name &apos;{0}&apos;: {1}.</source>
        <translation>डिस्प्ले नाम &apos;{0}&apos; की Meta समीक्षा: {1}।</translation>
    </message>
    <message>
        <source>Meta&apos;s API gives the decision, not its reason: WhatsApp Manager shows the reason.</source>
        <translation>Meta का API फ़ैसला बताता है, कारण नहीं: कारण WhatsApp Manager में दिखता है।</translation>
    </message>
    <message>
        <source>Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit.</source>
        <translation>WhatsApp Manager ▸ Phone numbers में कारण पढ़ें, उसके अनुसार नाम बदलें और फिर से भेजें।</translation>
    </message>
    <message>
        <source>The display name &apos;{0}&apos; is not approved yet ({1}).</source>
        <translation>डिस्प्ले नाम &apos;{0}&apos; अभी मंज़ूर नहीं हुआ है ({1})।</translation>
    </message>
    <message>
        <source>Moving between providers needs an approved display name.</source>
        <translation>प्रदाता बदलने के लिए स्वीकृत डिस्प्ले नाम चाहिए।</translation>
    </message>
    <message>
        <source>The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit.</source>
        <translation>इस बीच नंबर काम करता है; जब नंबर ऊँची मैसेजिंग सीमा तक पहुँचता है तब Meta नाम की समीक्षा करता है।</translation>
    </message>
    <message>
        <source>Customers have blocked or reported recent messages. A RED number does not get a higher messaging limit or throughput, and continued negative feedback can lead to enforcement; templates are paused on their own quality, not the number&apos;s.</source>
        <translation>ग्राहकों ने हाल के संदेश ब्लॉक या रिपोर्ट किए हैं। लाल नंबर को ऊँची मैसेजिंग सीमा या थ्रूपुट नहीं मिलता, और लगातार नकारात्मक प्रतिक्रिया से कार्रवाई हो सकती है; टेम्पलेट अपनी गुणवत्ता के आधार पर रोके जाते हैं, नंबर की नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>इस सीमा पर सभी तक पहुँचने में %n दिन लगता है, जिसे पोर्टफ़ोलियो के सभी नंबर साझा करते हैं।</numerusform>
            <numerusform>इस सीमा पर सभी तक पहुँचने में %n दिन लगते हैं, जिसे पोर्टफ़ोलियो के सभी नंबर साझा करते हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business to reach 2,000 a day (after Meta&apos;s quality review), or plan the first messages over several days.</source>
        <translation>प्रतिदिन 2,000 तक पहुँचने के लिए व्यवसाय सत्यापित करें (Meta की गुणवत्ता समीक्षा के बाद), या पहले संदेश कई दिनों में भेजने की योजना बनाएँ।</translation>
    </message>
    <message>
        <source>Meta did not give a health status</source>
        <translation>Meta ने कोई हेल्थ स्थिति नहीं दी</translation>
    </message>
    <message>
        <source>The account&apos;s health status could not be read: {0}</source>
        <translation>खाते की हेल्थ स्थिति पढ़ी नहीं जा सकी: {0}</translation>
    </message>
    <message>
        <source>Meta says this account cannot send messages (BLOCKED).</source>
        <translation>Meta के अनुसार यह खाता संदेश नहीं भेज सकता (BLOCKED)।</translation>
    </message>
    <message>
        <source>A blocked account, number or business cannot send anything, templates included.</source>
        <translation>ब्लॉक किया गया खाता, नंबर या व्यवसाय कुछ भी नहीं भेज सकता, टेम्पलेट भी नहीं।</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue.</source>
        <translation>Meta जो बताता है उसे ठीक करें (WhatsApp Manager ▸ Overview), जैसे भुगतान का तरीका या नीति संबंधी समस्या।</translation>
    </message>
    <message>
        <source>Meta says this account can send only in part (LIMITED).</source>
        <translation>Meta के अनुसार यह खाता केवल आंशिक रूप से भेज सकता है (LIMITED)।</translation>
    </message>
    <message>
        <source>Some messages will not be delivered until the limitation is lifted.</source>
        <translation>सीमा हटने तक कुछ संदेश नहीं पहुँचेंगे।</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over.</source>
        <translation>कट-ओवर से पहले Meta जो बताता है उसे ठीक करें (WhatsApp Manager ▸ Overview)।</translation>
    </message>
    <message>
        <source>Meta says the account can send messages ({0}).</source>
        <translation>Meta के अनुसार खाता संदेश भेज सकता है ({0})।</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review before the cut-over.</source>
        <translation>कट-ओवर से पहले Meta की समीक्षा का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>Nothing to do now; follow the review in WhatsApp Manager.</source>
        <translation>अभी कुछ नहीं करना; WhatsApp Manager में समीक्षा देखते रहें।</translation>
    </message>
    <message>
        <source>Meta approved the display name &apos;{0}&apos; ({1}).</source>
        <translation>Meta ने डिस्प्ले नाम &apos;{0}&apos; मंज़ूर किया ({1})।</translation>
    </message>
    <message>
        <source>Meta&apos;s list of templates could not be read: {0}</source>
        <translation>Meta की टेम्पलेट सूची पढ़ी नहीं जा सकी: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n टेम्पलेट भेजा नहीं जा सकता:</numerusform>
            <numerusform>%n टेम्पलेट भेजे नहीं जा सकते:</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the 24-hour window only approved templates reach customers.</source>
        <translation>24 घंटे की विंडो के बाहर सिर्फ़ मंज़ूर टेम्पलेट ही ग्राहकों तक पहुँचते हैं।</translation>
    </message>
    <message>
        <source>Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality.</source>
        <translation>अस्वीकृत टेम्पलेट को उसके कारण के अनुसार ठीक करके फिर भेजें (या अपील करें); रुके हुए टेम्पलेट को बेहतर क्वालिटी चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>%n टेम्पलेट मंज़ूर; कोई अस्वीकृत, रुका हुआ या बंद नहीं।</numerusform>
            <numerusform>%n टेम्पलेट मंज़ूर; कोई अस्वीकृत, रुका हुआ या बंद नहीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rates the quality of {0} as low (RED).</source>
        <translation>Meta ने {0} की क्वालिटी कम (RED) आँकी है।</translation>
    </message>
    <message>
        <source>Send fewer, expected messages to customers who opted in, and let them opt out easily.</source>
        <translation>सहमति देने वाले ग्राहकों को कम और अपेक्षित मैसेज भेजें, और उन्हें आसानी से बाहर निकलने दें।</translation>
    </message>
    <message>
        <source>Quality rating of {0}: {1}.</source>
        <translation>{0} की क्वालिटी रेटिंग: {1}।</translation>
    </message>
    <message>
        <source>Messaging limit: {0}. The archive&apos;s impact analysis is needed to compare it.</source>
        <translation>मैसेजिंग सीमा: {0}। तुलना के लिए आर्काइव का असर विश्लेषण चाहिए।</translation>
    </message>
    <message>
        <source>Import the chats and set the planned cut-over.</source>
        <translation>चैट इम्पोर्ट करें और तय कट-ओवर सेट करें।</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit is {1} a day ({2}).</source>
        <translation>पहले दिन {0} ग्राहकों को टेम्पलेट चाहिए; सीमा रोज़ {1} है ({2})।</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit ({1}) covers them.</source>
        <translation>पहले दिन {0} ग्राहकों को टेम्पलेट चाहिए; सीमा ({1}) उन्हें कवर करती है।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation>&lt;b&gt;कोएग्ज़िस्टेंस में&lt;/b&gt;, ऑनबोर्डिंग से पहले मिले मैसेज कोई विंडो नहीं खोलते: ऑनबोर्डिंग के बाद हर ग्राहक को पहला मैसेज टेम्पलेट होना चाहिए।</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation>आज ग्राहकों के {0} मैसेज का जवाब 24 घंटे के अंदर दिया जाता है।</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>दिन</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>24 घंटे में जवाब दिया</translation>
    </message>
    <message>
        <source>Used in your chats but not available (or limited) on the API:</source>
        <translation>आपकी चैट में इस्तेमाल हुआ, पर API पर उपलब्ध नहीं (या सीमित):</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>सुविधा</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>On the API</source>
        <translation>API पर</translation>
    </message>
    <message>
        <source>Messages you send again and again, which will need approved templates:</source>
        <translation>जो मैसेज आप बार-बार भेजते हैं, जिनके लिए मंज़ूर टेम्पलेट चाहिए होंगे:</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>टेम्पलेट का टेक्स्ट</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>कितनी बार भेजा</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>सुझाई गई कैटेगरी</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>उत्तरी अमेरिका</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>शेष अफ़्रीका</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>शेष एशिया-प्रशांत</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>शेष मध्य और पूर्वी यूरोप</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>शेष लैटिन अमेरिका</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>शेष मध्य पूर्व</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>शेष पश्चिमी यूरोप</translation>
    </message>
    <message>
        <source>Other (every country Meta does not list)</source>
        <translation>अन्य (हर वह देश जिसे Meta सूची में नहीं रखता)</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>मार्केटिंग</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>यूटिलिटी</translation>
    </message>
    <message>
        <source>What the cut-over will cost (estimate)</source>
        <translation>बदलाव की लागत (अनुमान)</translation>
    </message>
    <message>
        <source>One {0} template to each of the {1} customers outside their window, with a known country, would cost about &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>अपनी विंडो से बाहर के, ज्ञात देश वाले {1} ग्राहकों में से हर एक को एक {0} टेम्पलेट भेजने में लगभग &lt;b&gt;{2}&lt;/b&gt; लगेंगे।</translation>
    </message>
    <message>
        <source>its own rate</source>
        <translation>अपनी अलग दर</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>किस दर पर</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>दर</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>लागत</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>कुल में शामिल नहीं: विंडो से बाहर का %n ग्राहक जिसकी चैट के नाम में कोई नंबर नहीं है, इसलिए उसका देश और कीमत पता नहीं है।</numerusform>
            <numerusform>कुल में शामिल नहीं: विंडो से बाहर के %n ग्राहक जिनकी चैट के नाम में कोई नंबर नहीं है, इसलिए उनका देश और कीमत पता नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta has priced {0} on their own since the dates shown, after this card&apos;s date; the card prices them at the market they belonged to.</source>
        <translation>Meta दिखाई गई तारीखों से {0} के लिए अलग दर लेता है, जो इस दर-सूची की तारीख के बाद की हैं; यह सूची उन्हें उस बाज़ार की दर पर गिनती है जिसमें वे पहले थे।</translation>
    </message>
    <message>
        <source>You send about {0} replies a month within 24 hours of a customer&apos;s message.</source>
        <translation>आप किसी ग्राहक के संदेश के 24 घंटे के भीतर महीने में लगभग {0} जवाब भेजते हैं।</translation>
    </message>
    <message>
        <source>Past the {0} free each month, about {1} would be charged as service messages at about {2} each: about &lt;b&gt;{3}&lt;/b&gt; a month.</source>
        <translation>हर महीने के {0} मुफ़्त संदेशों के बाद, लगभग {1} पर सर्विस संदेश के रूप में लगभग {2} प्रति संदेश शुल्क लगेगा: महीने में लगभग &lt;b&gt;{3}&lt;/b&gt;।</translation>
    </message>
    <message>
        <source>That is within the {0} service messages free each month.</source>
        <translation>यह हर महीने के {0} मुफ़्त सर्विस संदेशों के भीतर है।</translation>
    </message>
    <message>
        <source>Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers through an ad avoids the template price.</source>
        <translation>जो ग्राहक क्लिक-टू-WhatsApp विज्ञापन या Facebook पेज बटन से लिखते हैं और जिन्हें 24 घंटे में जवाब मिलता है, उन्हें अगले 72 घंटे तक कुछ भी मुफ़्त भेजा जा सकता है, टेम्पलेट भी: पुराने ग्राहकों तक विज्ञापन के ज़रिए पहुँचने से टेम्पलेट की कीमत बचती है।</translation>
    </message>
    <message>
        <source>Rates: {0} ({1}); countries placed in markets as on Meta&apos;s pricing page of {2}.</source>
        <translation>दरें: {0} ({1}); देशों को बाज़ारों में वैसे रखा गया है जैसे Meta के {2} के मूल्य पेज पर।</translation>
    </message>
    <message>
        <source>Meta may have changed rates since that date (it does so on the first day of a quarter): {0}</source>
        <translation>उस तारीख के बाद Meta ने दरें बदली हो सकती हैं (वह हर तिमाही के पहले दिन ऐसा करता है): {0}</translation>
    </message>
    <message>
        <source>The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market wamigrate knows for them.</source>
        <translation>इस सूची में ऐसे बाज़ार हैं जिन्हें wamigrate अभी नहीं पहचानता ({0}); उनके देशों की कीमत उस बाज़ार से लगाई जाती है जो wamigrate उनके लिए जानता है।</translation>
    </message>
    <message>
        <source>for today&apos;s figures, download the rate card (CSV) from Meta&apos;s pricing page and give it to wamigrate (the wizard&apos;s cut-over page, or --rate-card on the command line).</source>
        <translation>आज के आँकड़ों के लिए, Meta के मूल्य पेज से दर-सूची (CSV) डाउनलोड करें और wamigrate को दें (विज़ार्ड का बदलाव वाला पेज, या कमांड लाइन पर --rate-card)।</translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation>कोई आर्काइव नहीं दिया गया।</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>कभी वेरिफ़ाई नहीं हुआ</translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation>आख़िरी बार वेरिफ़ाई {0}: पास</translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation>आख़िरी बार वेरिफ़ाई {0}: समस्याएँ मिलीं</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>एक्सपोर्ट {0}</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>एक्सपोर्ट फ़ाइल</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>इम्पोर्ट किया</translation>
    </message>
    <message>
        <source>country not known (no number in the chat name)</source>
        <translation>देश पता नहीं (चैट के नाम में नंबर नहीं)</translation>
    </message>
    <message>
        <source>Live check failed</source>
        <translation>लाइव जाँच विफल रही</translation>
    </message>
    <message>
        <source>No live check was made: the findings rest on your answers.</source>
        <translation>कोई लाइव जाँच नहीं हुई: नतीजे आपके जवाबों पर आधारित हैं।</translation>
    </message>
    <message>
        <source>Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.</source>
        <translation>{0} पर Meta से पूछा नहीं जा सका: {1} कुछ भी लाइव नहीं जाँचा गया: नतीजे आपके जवाबों पर आधारित हैं।</translation>
    </message>
    <message>
        <source>Checked with Meta&apos;s Graph API at {0}, WhatsApp Business Account {1}.</source>
        <translation>Meta के Graph API से {0} को जाँचा गया, WhatsApp Business Account {1}।</translation>
    </message>
    <message>
        <source>display name {0} ({1})</source>
        <translation>डिस्प्ले नाम {0} ({1})</translation>
    </message>
    <message>
        <source>platform {0}</source>
        <translation>प्लेटफ़ॉर्म {0}</translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>क्वालिटी {0}</translation>
    </message>
    <message>
        <source>messaging limit {0}</source>
        <translation>मैसेजिंग सीमा {0}</translation>
    </message>
    <message>
        <source>throughput {0}</source>
        <translation>थ्रूपुट {0}</translation>
    </message>
    <message>
        <source>also in the Business app</source>
        <translation>Business ऐप पर भी</translation>
    </message>
    <message>
        <source>not in the Business app</source>
        <translation>Business ऐप पर नहीं</translation>
    </message>
    <message>
        <source>Account: {0}; business verification: {1}; account review: {2}.</source>
        <translation>अकाउंट: {0}; बिज़नेस वेरिफ़िकेशन: {1}; अकाउंट समीक्षा: {2}।</translation>
    </message>
    <message>
        <source>At the cut-over on {0}, &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation>{0} को कट-ओवर पर, {2} में से &lt;b&gt;{1}&lt;/b&gt; ग्राहक अपनी 24 घंटे की विंडो के अंदर हैं और उन्हें सामान्य जवाब मिल सकता है; &lt;b&gt;{3}&lt;/b&gt; से सिर्फ़ मंज़ूर टेम्पलेट से संपर्क हो सकता है। देश के अनुसार: {4}।</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}.</source>
        <translation>आज ग्राहकों के {0} मैसेज का जवाब 24 घंटे के अंदर दिया जाता है; आधे जवाब {1} के अंदर आते हैं।</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, from {2} to {3}; {4}.</source>
        <translation>{0} चैट, {1} मैसेज, {2} से {3} तक; {4}।</translation>
    </message>
    <message>
        <source>Message templates: {0}.</source>
        <translation>मैसेज टेम्पलेट: {0}।</translation>
    </message>
    <message>
        <source>Not read ({0}): {1}</source>
        <translation>पढ़ा नहीं गया ({0}): {1}</translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation>चेकलिस्ट का कोई चरण अभी दर्ज नहीं हुआ है।</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>अभी तैयार नहीं: %n रोकने वाला सवाल अनुत्तरित</numerusform>
            <numerusform>अभी तैयार नहीं: %n रोकने वाले सवाल अनुत्तरित</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation>रास्ता: {0} · बनाया गया {1} · नियम {2} तक के। नियम बदलते हैं: हर स्रोत की तारीख देखें।</translation>
    </message>
    <message>
        <source>Times are in the time zone {0}.</source>
        <translation>समय {0} टाइम ज़ोन में हैं।</translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation>इस रिपोर्ट में कोई मैसेज टेक्स्ट और ग्राहकों के फ़ोन नंबर नहीं हैं।</translation>
    </message>
    <message>
        <source>What is true today of what is often said about the API, for this route:</source>
        <translation>API के बारे में अक्सर कही जाने वाली बातों में से आज क्या सच है, इस रास्ते के लिए:</translation>
    </message>
    <message>
        <source>Often said</source>
        <translation>अक्सर कहा जाता है</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>क्या सच है</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>स्रोत</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>नतीजे</translation>
    </message>
    <message>
        <source>Verified live</source>
        <translation>लाइव वेरिफ़ाइड</translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation>कट-ओवर पर क्या बदलता है</translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation>चैट आर्काइव</translation>
    </message>
    <message>
        <source>What you may have read</source>
        <translation>जो आपने शायद पढ़ा हो</translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation>डीरजिस्ट्रेशन चेकलिस्ट</translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation>WhatsApp Business Platform के लिए तैयारी</translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation>आख़िरी इम्पोर्ट के बाद आर्काइव वेरिफ़ाई हो चुका है</translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation>टू-स्टेप वेरिफ़िकेशन: PIN नोट किया या बंद किया</translation>
    </message>
    <message>
        <source>Export the chats with new messages once more, import and verify them</source>
        <translation>नए संदेशों वाली चैट एक बार और एक्सपोर्ट करें, इम्पोर्ट करें और जाँचें</translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation>ऐप में अकाउंट डिलीट करें: Settings ▸ Account ▸ Delete my account</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation>नंबर रजिस्टर करने से पहले कम से कम 5 मिनट रुकें</translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation>नंबर को फिर से किसी WhatsApp ऐप में रजिस्टर न करें</translation>
    </message>
    <message>
        <source>Register the number on the API with your provider</source>
        <translation>अपने प्रोवाइडर के साथ नंबर को API पर रजिस्टर करें</translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation>WhatsApp Business ऐप 2.24.17 या नया</translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation>लिंक किए गए डिवाइस अनलिंक होंगे; स्टाफ़ को बता दिया</translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation>WhatsApp Manager में टू-स्टेप वेरिफ़िकेशन बंद किया</translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation>डिस्प्ले नाम मंज़ूर, कोई नाम बदलाव बाकी नहीं</translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation>बिज़नेस पोर्टफ़ोलियो पर पेमेंट का तरीका</translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation>चुनें कि आप नंबर कैसे ले जा रहे हैं।</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation>देश कोड के साथ फ़ोन नंबर डालें।</translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation>बताएँ कि नंबर अभी किस WhatsApp ऐप पर है।</translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation>आर्काइव बनाएँ, या पहले बनाया आर्काइव अनलॉक करें।</translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation>पुष्टि करें कि आपने रिकवरी की सेव कर ली है।</translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation>कम से कम एक एक्सपोर्ट की गई चैट इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation>आर्काइव वेरिफ़ाई करें: अकाउंट डिलीट करने से पहले इसे आख़िरी इम्पोर्ट के बाद पास होना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation>अभी बाकी: {0}।</translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation>पहले आर्काइव वेरिफ़ाई करें (पेज &apos;रिव्यू और वेरिफ़ाई&apos;)।</translation>
    </message>
    <message>
        <source>Export again the chats that got new messages since your last export, and import them with “Import the final exports…” below. Until then those messages are only on the phone.</source>
        <translation>पिछले एक्सपोर्ट के बाद जिन चैट में नए संदेश आए हैं, उन्हें फिर से एक्सपोर्ट करें और नीचे “अंतिम एक्सपोर्ट इम्पोर्ट करें…” से इम्पोर्ट करें। तब तक वे संदेश सिर्फ़ फ़ोन पर हैं।</translation>
    </message>
    <message>
        <source>Verify the archive after this import (“Verify now” below).</source>
        <translation>इस इम्पोर्ट के बाद आर्काइव जाँचें (नीचे “अभी जाँचें”)।</translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation>पहले: {0}।</translation>
    </message>
    <message>
        <source>Verify the archive after the last import first (“Verify now” below).</source>
        <translation>पहले आख़िरी इम्पोर्ट के बाद आर्काइव जाँचें (नीचे “अभी जाँचें”)।</translation>
    </message>
    <message>
        <source>Run the readiness check first (page &apos;Business readiness&apos;).</source>
        <translation>पहले तैयारी की जाँच चलाएँ (पेज &apos;बिज़नेस की तैयारी&apos;)।</translation>
    </message>
    <message>
        <source>Tap Confirm during onboarding; the provider starts the history sync within 24 hours</source>
        <translation>ऑनबोर्डिंग के दौरान Confirm पर टैप करें; प्रदाता 24 घंटे के भीतर इतिहास सिंक शुरू करता है</translation>
    </message>
    <message>
        <source>Open the Business app at least every 13 days, or the API side disconnects</source>
        <translation>Business ऐप कम से कम हर 13 दिन में खोलें, वरना API वाला हिस्सा डिस्कनेक्ट हो जाता है</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>तैयारी की जाँच में अब भी %n रुकावट है, विफल या अनुत्तरित: {0}। पहले पेज &apos;बिज़नेस की तैयारी&apos; पर उसे ठीक करें या उसका जवाब दें।</numerusform>
            <numerusform>तैयारी की जाँच में अब भी %n रुकावटें हैं, विफल या अनुत्तरित: {0}। पहले पेज &apos;बिज़नेस की तैयारी&apos; पर उन्हें ठीक करें या उनका जवाब दें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>अकाउंट डिलीट करने के बाद %n मिनट और रुकें।</numerusform>
            <numerusform>अकाउंट डिलीट करने के बाद %n मिनट और रुकें।</numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>मोबाइल</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>लैंडलाइन</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>मोबाइल या लैंडलाइन</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>टोल-फ़्री</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>प्रीमियम-रेट</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>पेजर</translation>
    </message>
    <message>
        <source>universal access</source>
        <translation>यूनिवर्सल एक्सेस</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>साझा-शुल्क</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>पर्सनल (फ़ॉरवर्डिंग)</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>फ़ोन नंबर डालें।</translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation>देश चुनें, या नंबर + और उसके कोड से शुरू करें।</translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation>यह अभी फ़ोन नंबर नहीं है।</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>नंबर में अंक बहुत कम या बहुत ज़्यादा हैं।</translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation>उस देश में ऐसा कोई नंबर इस्तेमाल में नहीं है: अंक जाँचें।</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>अज्ञात प्रकार</translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation>पेजर नंबर WhatsApp Business Platform पर इस्तेमाल नहीं हो सकते।</translation>
    </message>
    <message>
        <source>Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot be registered. Make sure it can receive one of them before you start.</source>
        <translation>Meta रजिस्ट्रेशन कोड SMS या वॉइस कॉल से भेजता है: अगर दोनों में से कोई भी इस नंबर तक नहीं पहुँचता, तो इसे रजिस्टर नहीं किया जा सकता। शुरू करने से पहले पक्का करें कि इनमें से एक आ सके।</translation>
    </message>
    <message>
        <source>This is a landline: landlines usually cannot receive SMS, so ask for Meta&apos;s code by voice call, and make sure the line answers calls (no menu or voicemail picking up first).</source>
        <translation>यह लैंडलाइन है: लैंडलाइन पर आमतौर पर SMS नहीं आते, इसलिए Meta का कोड वॉइस कॉल से माँगें, और पक्का करें कि लाइन कॉल उठाती है (पहले कोई मेन्यू या वॉइसमेल न उठाए)।</translation>
    </message>
    <message>
        <source>Two-step verification must be turned off in WhatsApp Manager before the move.</source>
        <translation>बदलाव से पहले WhatsApp Manager में दो-चरण सत्यापन बंद करना ज़रूरी है।</translation>
    </message>
    <message>
        <source>Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the checklist asks you to note it or turn it off before the account is deleted.</source>
        <translation>दो-चरण सत्यापन का PIN अभी किसी सुरक्षित जगह लिख लें: WhatsApp माँगे तो इसकी ज़रूरत होगी, और अकाउंट डिलीट करने से पहले चेकलिस्ट इसे नोट करने या बंद करने को कहती है।</translation>
    </message>
    <message>
        <source>The app account is already deleted, so coexistence is no longer possible: finish the full migration and register the number with your provider.</source>
        <translation>ऐप अकाउंट पहले ही डिलीट हो चुका है, इसलिए कोएक्ज़िस्टेंस अब संभव नहीं: पूरा माइग्रेशन खत्म करें और अपने प्रोवाइडर के साथ नंबर रजिस्टर करें।</translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider. To add a provider beside the current one, Conversation Routing (since October 2026) may spare the move.</source>
        <translation>नंबर पहले से किसी प्रदाता के साथ API पर है: उसे नए प्रदाता पर ले जाएँ। मौजूदा प्रदाता के साथ दूसरा जोड़ने के लिए Conversation Routing (अक्टूबर 2026 से) बदलाव की ज़रूरत खत्म कर सकता है।</translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either the account is deleted from the app (after backing up every chat), or the number first moves to the WhatsApp Business app on the same phone and is used there for a week before coexistence (reported by providers; Meta&apos;s help text on moving chats to the Business app was not checked).</source>
        <translation>नंबर सामान्य WhatsApp ऐप पर है: सह-अस्तित्व के लिए WhatsApp Business ऐप चाहिए, इसलिए या तो ऐप से खाता हटाया जाए (हर चैट का बैकअप लेने के बाद), या नंबर पहले उसी फ़ोन पर WhatsApp Business ऐप में जाए और सह-अस्तित्व से पहले एक हफ़्ते वहाँ इस्तेमाल हो (प्रदाताओं द्वारा बताया गया; चैट को Business ऐप में ले जाने पर Meta का सहायता पाठ जाँचा नहीं गया)।</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of one-to-one chat history with your provider, if the provider runs the sync within 24 hours of onboarding.</source>
        <translation>नंबर WhatsApp Business ऐप पर है: सह-अस्तित्व में ऐप API के साथ चलता रहता है और छह महीने तक का एक-से-एक चैट इतिहास आपके प्रदाता के साथ साझा होता है, अगर प्रदाता ऑनबोर्डिंग के 24 घंटे के भीतर सिंक चलाए।</translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app, free of charge (on the API the first reply to them must be a template).</source>
        <translation>आपके ज़्यादातर ग्राहकों ने कट-ओवर से 24 घंटे से पहले आखिरी बार लिखा: सह-अस्तित्व में आप ऐप से उन्हें मुफ़्त में जवाब देते रह सकते हैं (API पर उन्हें पहला जवाब टेम्पलेट होना चाहिए)।</translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation>नंबर अभी WhatsApp पर नहीं है: इसे सीधे API पर रजिस्टर किया जा सकता है।</translation>
    </message>
    <message>
        <source>Say where the number is now (just above) to get a suggestion.</source>
        <translation>सुझाव पाने के लिए बताएँ कि नंबर अभी कहाँ है (ठीक ऊपर)।</translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation>फिर से स्वागत है: जारी रखने के लिए अपना आर्काइव अनलॉक करें</translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation>वेब पेज, फ़ोटो अंदर (.html)</translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation>वेब पेज, मीडिया के फ़ोल्डर के साथ (.html)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>PDF दस्तावेज़ (.pdf)</translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation>टेक्स्ट, जैसे WhatsApp एक्सपोर्ट करता है (.txt)</translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation>JSON, दूसरे प्रोग्रामों के लिए (.json)</translation>
    </message>
    <message>
        <source>Export “{0}”</source>
        <translation>&quot;{0}&quot; एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>फ़ॉर्मैट</translation>
    </message>
    <message>
        <source>The whole chat</source>
        <translation>पूरी चैट</translation>
    </message>
    <message>
        <source>From</source>
        <translation>से</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>से – तक</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation>एक्सपोर्ट की गई फ़ाइल एन्क्रिप्टेड नहीं है: जिसे भी यह मिलेगी, वह ये मैसेज पढ़ सकता है। इसे सुरक्षित रखें।</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>यहाँ एक्सपोर्ट करें</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>तारीखें</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>पहली तारीख आख़िरी तारीख के बाद की है।</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>{0} लिखा जा रहा है…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>{0} में सेव किया।</translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation>मीडिया फ़ाइलें यहाँ सेव करें</translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation>मीडिया एक्सपोर्ट हो रहा है</translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation>मीडिया फ़ाइलें {0} में लिखी जा रही हैं…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln फ़ाइल {0} में सेव की गई।</numerusform>
            <numerusform>%Ln फ़ाइलें {0} में सेव की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>ग्राहक सूची सहेजें</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>customers.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV फ़ाइल (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the customer list</source>
        <translation>ग्राहक सूची निर्यात हो रही है</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln ग्राहक {0} में सहेजा गया।</numerusform>
            <numerusform>%Ln ग्राहक {0} में सहेजे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation>आर्काइव पूरी तरह ठीक है: {1} एक्सपोर्ट फ़ाइलों के {0} मैसेज और {2} मीडिया फ़ाइलें, सब जाँच ली गईं।</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>मिली समस्याएँ:</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>आर्काइव वेरिफ़ाई करें</translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation>हर पेज, मैसेज और मीडिया फ़ाइल पढ़ी जा रही है…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>पासफ़्रेज़ बदलें</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>मौजूदा पासफ़्रेज़</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>नया पासफ़्रेज़</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>बदलें</translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation>बदला जा रहा है… (लगभग दो सेकंड)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>नई रिकवरी की</translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation>नई रिकवरी की मौजूदा की की जगह लेगी, जो तुरंत काम करना बंद कर देगी। अगर पुरानी की खो गई या किसी और ने देख ली, तो नई की बनाएँ। जारी रखें?</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>नई रिकवरी की बनाई जा रही है…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>हो गया।</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>तारीख पर जाएँ</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>तारीख</translation>
    </message>
    <message>
        <source>wamigrate — chat archive</source>
        <translation>wamigrate — चैट आर्काइव</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>केवल पढ़ने के लिए</translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation>नाम से चैट फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation>चैट फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>खोजें</translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation>चैट या खोज</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>Jump to date…</source>
        <translation>तारीख पर जाएँ…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation>चैट एक्सपोर्ट इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>अनलॉक करें…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>आर्काइव (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation>चैट एक्सपोर्ट इम्पोर्ट करें (&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>यह चैट एक्सपोर्ट करें (&amp;E)…</translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation>इस चैट का मीडिया एक्सपोर्ट करें (&amp;M)…</translation>
    </message>
    <message>
        <source>Export the &amp;customer list…</source>
        <translation>ग्राहक सूची निर्यात करें…</translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation>आर्काइव वेरिफ़ाई करें (&amp;V)</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>पासफ़्रेज़ बदलें (&amp;P)…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>नई रिकवरी की (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>लॉक करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>बंद करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>व्यू (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>मैसेज खोजें (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>तारीख पर जाएँ (&amp;J)…</translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation>चैट का विवरण (&amp;D)</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>यह &amp;मैं हूँ</translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation>चैट इस क्रम में लगाएँ</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>हाल की गतिविधि</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>सिस्टम जैसा</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>हल्का</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>गहरा</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>रूप-रंग</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>कभी नहीं</translation>
    </message>
    <message>
        <source>About wamigrate</source>
        <translation>wamigrate के बारे में</translation>
    </message>
    <message>
        <source>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Moves a WhatsApp number to the WhatsApp Business Platform without losing its chats: an encrypted archive of every conversation, the checks Meta applies, and a report for your provider.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: the archive is encrypted with your passphrase, and nothing is sent anywhere unless you ask for the check with Meta.&lt;/p&gt;</source>
        <translation>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;WhatsApp नंबर को चैट खोए बिना WhatsApp Business Platform पर ले जाता है: हर बातचीत का एन्क्रिप्टेड आर्काइव, Meta की जाँचें, और आपके प्रोवाइडर के लिए एक रिपोर्ट।&lt;/p&gt;&lt;p&gt;सब कुछ इसी कंप्यूटर पर रहता है: आर्काइव आपके पासफ़्रेज़ से एन्क्रिप्ट होता है, और जब तक आप Meta से जाँच न माँगें, कुछ भी कहीं नहीं भेजा जाता।&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>इतनी देर निष्क्रिय रहने पर लॉक करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;मदद</translation>
    </message>
    <message>
        <source>&amp;About wamigrate</source>
        <translation>wamigrate के &amp;बारे में</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>आर्काइव: {0}</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>केवल पढ़ने के लिए: {0}</translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation>इस आर्काइव में अभी कोई चैट नहीं है। फ़ोन पर बनाए गए चैट एक्सपोर्ट इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation>बाईं ओर कोई चैट चुनें, या Ctrl+F से सभी चैट में खोजें।</translation>
    </message>
    <message>
        <source>No senders yet</source>
        <translation>अभी कोई भेजने वाला नहीं</translation>
    </message>
    <message>
        <source>Messages from {0} are shown as yours.</source>
        <translation>{0} के संदेश आपके संदेशों की तरह दिखाए जाते हैं।</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>टेक्स्ट कॉपी करें</translation>
    </message>
    <message>
        <source>Open media…</source>
        <translation>मीडिया खोलें…</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>उद्धृत संदेश पर जाएँ</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>{0} खोलें</translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation>आर्काइव लॉक है।
{0}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>लॉक है</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>मीडिया</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>लोकेशन</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>पोल</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>डिलीट किया गया मैसेज</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>कॉल</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>सूचना</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>मैसेज</translation>
    </message>
    <message>
        <source>Photo</source>
        <translation>फ़ोटो</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>वीडियो</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>ऑडियो</translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation>वॉइस मैसेज</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>स्टिकर</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>दस्तावेज़</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>संपर्क कार्ड</translation>
    </message>
    <message>
        <source>You</source>
        <translation>आप</translation>
    </message>
    <message>
        <source>Reactions: {0}</source>
        <translation>प्रतिक्रियाएँ: {0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>ग्रुप</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>चैट</translation>
    </message>
    <message>
        <source>reply to {0}</source>
        <translation>{0} को जवाब</translation>
    </message>
    <message>
        <source>a message not in this chat</source>
        <translation>ऐसा संदेश जो इस चैट में नहीं है</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>जवाब</translation>
    </message>
    <message>
        <source>The quoted message is not in this chat of the archive</source>
        <translation>उद्धृत संदेश संग्रह की इस चैट में नहीं है</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>एडिट किया गया</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>खोलने के लिए डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>add the phone&apos;s Media folder to see it</source>
        <translation>देखने के लिए फ़ोन का Media फ़ोल्डर जोड़ें</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>एक्सपोर्ट में शामिल नहीं</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>एक्सपोर्ट से छूटा मीडिया</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>फ़ोटो लोड हो रही है…</translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation>एक-से-एक चैट</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln मैसेज</numerusform>
            <numerusform>%Ln मैसेज</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>सदस्य ({0})</translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation>एक्सपोर्ट में शामिल नहीं: {0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>कोई नहीं</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>यहाँ से इम्पोर्ट किया</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>इम्पोर्ट किया {0}</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>पंक्ति {0}: </translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>चैट का विवरण</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>गिनती हो रही है…</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>हर महीने के मैसेज</translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation>तारीखें कैसे लिखी हैं?</translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation>{0} में तारीखें दो तरह से पढ़ी जा सकती हैं। पहला मैसेज कब भेजा गया था?</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>फ़ाइलें जोड़ें…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>फ़ोल्डर जोड़ें…</translation>
    </message>
    <message>
        <source>Add the phone&apos;s backup…</source>
        <translation>फ़ोन का बैकअप जोड़ें…</translation>
    </message>
    <message>
        <source>msgstore.db.crypt15, copied from the phone&apos;s WhatsApp/Databases folder</source>
        <translation>msgstore.db.crypt15, फ़ोन के WhatsApp/Databases फ़ोल्डर से कॉपी किया गया</translation>
    </message>
    <message>
        <source>Add an iPhone backup…</source>
        <translation>iPhone बैकअप जोड़ें…</translation>
    </message>
    <message>
        <source>A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)</source>
        <translation>इस कंप्यूटर पर बना iPhone का बैकअप (Finder, iTunes, Apple Devices)</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>सूची से हटाएँ</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>इम्पोर्ट करने के लिए एक्सपोर्ट</translation>
    </message>
    <message>
        <source>File</source>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>स्थिति</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>नए मैसेज</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>पहले से आर्काइव में</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>नोट</translation>
    </message>
    <message>
        <source>Notes on the selected file</source>
        <translation>चुनी गई फ़ाइल पर नोट</translation>
    </message>
    <message>
        <source>Import what can be read</source>
        <translation>जो पढ़ा जा सके वह आयात करें</translation>
    </message>
    <message>
        <source>Import this database&apos;s messages without the parts it lacks</source>
        <translation>इस डेटाबेस के संदेश उन हिस्सों के बिना आयात करें जो इसमें नहीं हैं</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>सभी फ़ाइलें</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>सभी फ़ाइलें: %p%</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>मौजूदा फ़ाइल</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>यह फ़ाइल: %p%</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>इम्पोर्ट की गति</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>इम्पोर्ट रद्द करें</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>इम्पोर्ट का नतीजा</translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation>चैट एक्सपोर्ट चुनें</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>चैट एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s backup</source>
        <translation>फ़ोन का बैकअप चुनें</translation>
    </message>
    <message>
        <source>Phone backups</source>
        <translation>फ़ोन के बैकअप</translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation>चैट एक्सपोर्ट का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>इंतज़ार में</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>इम्पोर्ट हो रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>फ़ोन से %Ln चैट</numerusform>
            <numerusform>फ़ोन से %Ln चैट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln एक्सपोर्ट की गई कॉपी फ़ोन के रिकॉर्ड से बदली गई</numerusform>
            <numerusform>%Ln एक्सपोर्ट की गई कॉपियाँ फ़ोन के रिकॉर्ड से बदली गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>%Ln मीडिया फ़ाइल रखी गई</numerusform>
            <numerusform>%Ln मीडिया फ़ाइलें रखी गईं</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>%Ln फ़ाइल छोड़ी गई: कारण देखने के लिए खोलें</numerusform>
            <numerusform>%Ln फ़ाइलें छोड़ी गईं: कारण देखने के लिए खोलें</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>तारीखें जाँचें…</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>इस फ़ाइल की तारीखें दो तरह से पढ़ी जा सकती हैं।</translation>
    </message>
    <message>
        <source>The dates could be read two ways: click “Check the dates…” to see both readings.</source>
        <translation>तारीखें दो तरह से पढ़ी जा सकती हैं: दोनों पढ़ाइयाँ देखने के लिए “तारीखें जाँचें…” पर क्लिक करें।</translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation>{1} में से {0} पढ़ा, {2} प्रति सेकंड</translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation>पहले ही इम्पोर्ट हो चुका है</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln चेतावनी: पढ़ने के लिए खोलें</numerusform>
            <numerusform>%Ln चेतावनियाँ: पढ़ने के लिए खोलें</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation>{0} मैसेज पढ़े, {1} मैसेज प्रति सेकंड</translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation>तारीखें जाँच ली गईं</translation>
    </message>
    <message>
        <source>Drop chat exports here (.txt or .zip files, or folders of them), or the phone&apos;s msgstore.db.crypt15.</source>
        <translation>चैट एक्सपोर्ट यहाँ छोड़ें (.txt या .zip फ़ाइलें, या उनके फ़ोल्डर), या फ़ोन का msgstore.db.crypt15।</translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation>फिर से पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>इम्पोर्ट नहीं हुआ</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>रद्द किया जा रहा है…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>पूरा हुआ: आर्काइव में %Ln नया संदेश।</numerusform>
            <numerusform>पूरा हुआ: आर्काइव में %Ln नए संदेश।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these files were already in the archive.</source>
        <translation>कुछ नया नहीं: ये फ़ाइलें पहले से आर्काइव में थीं।</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>कुछ इम्पोर्ट नहीं हुआ: %Ln फ़ाइल पढ़ी नहीं जा सकी। कारण देखने के लिए उसे चुनें।</numerusform>
            <numerusform>कुछ इम्पोर्ट नहीं हुआ: %Ln फ़ाइलें पढ़ी नहीं जा सकीं। कारण देखने के लिए कोई एक चुनें।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>%Ln फ़ाइल पढ़ी नहीं जा सकी: कारण देखने के लिए उसे चुनें।</numerusform>
            <numerusform>%Ln फ़ाइलें पढ़ी नहीं जा सकीं: कारण देखने के लिए कोई एक चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before, except {0}: it had already been read again with the other date order when Cancel took effect.</source>
        <translation>इम्पोर्ट रद्द हुआ। आर्काइव पहले जैसा है, सिवाय {0} के: रद्द करना लागू होने तक उसे दूसरे तारीख़ क्रम से फिर से पढ़ा जा चुका था।</translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation>इम्पोर्ट रद्द हुआ। आर्काइव पहले जैसा है।</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>चैट एक्सपोर्ट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>प्रगति</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>रद्द किया गया। कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>लोड हो रहा है…</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>असली आकार</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>दूसरे ऐप में खोलें</translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation>दूसरे ऐप के लिए एक निजी अस्थायी कॉपी बनाता है; यह विंडो बंद करने पर वह डिलीट हो जाती है।</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>एक कॉपी सेव करें…</translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation>यह फ़ाइल एक्सपोर्ट में शामिल नहीं थी, इसलिए आर्काइव में नहीं है।</translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation>{0} ने {1} को भेजा</translation>
    </message>
    <message>
        <source>(notice)</source>
        <translation>(सूचना)</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>आकार: {0}</translation>
    </message>
    <message>
        <source>The file is missing from the archive. Run “Verify archive” to check it.</source>
        <translation>फ़ाइल आर्काइव में नहीं मिली। जाँचने के लिए &quot;आर्काइव वेरिफ़ाई करें&quot; चलाएँ।</translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation>wamigrate इस तरह की फ़ाइल ख़ुद नहीं दिखा सकता। &quot;दूसरे ऐप में खोलें&quot; या &quot;एक कॉपी सेव करें…&quot; इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>एक कॉपी सेव करें</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>सेव नहीं हुआ</translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation>कॉपी सेव नहीं हो सकी: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation>कुछ बेमेल शब्द, जैसे तांबा लालटेन कक्षा 47</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>इसे दोबारा टाइप करें</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>वही पासफ़्रेज़ दोबारा</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>पासफ़्रेज़ दिखाएँ</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>पासफ़्रेज़ पर सुझाव</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>लगता है Caps Lock चालू है।</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>पासफ़्रेज़ डालें।</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>दोनों पासफ़्रेज़ अभी एक जैसे नहीं हैं।</translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation>काफ़ी मज़बूत। शुरुआत या अंत की स्पेस अनदेखी की जाती है।</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation>कम से कम 10 अक्षर; कुछ बेमेल शब्द याद रखना आसान होता है।</translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation>wamigrate रिकवरी किट</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>बनाया गया: {0}</translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation>पासफ़्रेज़ भूल जाने पर यह की आर्काइव खोलती है। जिसके पास यह की और आर्काइव दोनों हों, वह इसका हर मैसेज पढ़ सकता है।</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation>इसे सुरक्षित जगह पर और आर्काइव वाले कंप्यूटर से दूर रखें: छापकर ताले वाली दराज़ में, या पासवर्ड मैनेजर में।</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation>यह आपकी रिकवरी की है। पासफ़्रेज़ भूल जाने पर यह आर्काइव खोलती है। यह सिर्फ़ अभी दिखाई जा रही है: इसे सेव करें, प्रिंट करें या लिख लें, और इस कंप्यूटर से दूर रखें।</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>रिकवरी की</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>प्रिंट करें…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF के रूप में सेव करें…</translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation>यह दिखाने के लिए कि आपने इसे रख लिया है, की का आख़िरी ग्रुप टाइप करें (आख़िरी डैश के बाद के चार अक्षर):</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>रिकवरी की का आख़िरी ग्रुप</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>रिकवरी की की जाँच</translation>
    </message>
    <message>
        <source>That is the last group.</source>
        <translation>यही आख़िरी समूह है।</translation>
    </message>
    <message>
        <source>Not the last group yet.</source>
        <translation>अभी यह आख़िरी समूह नहीं है।</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>कॉपी हो गई। इसे अपने पासवर्ड मैनेजर में पेस्ट करें, फिर क्लिपबोर्ड खाली करें।</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>प्रिंटर पर भेजा गया।</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>रिकवरी किट सेव करें</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>PDF सेव नहीं हो सका: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation>{0} में सेव किया। इसे इस कंप्यूटर से हटाकर रखें (USB स्टिक, पासवर्ड मैनेजर)।</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>आपकी रिकवरी की</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>मैंने इसे सेव कर लिया है</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>रिकवरी की सेव नहीं हुई</translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation>आपने की का आख़िरी ग्रुप टाइप नहीं किया है। की के बिना, पासफ़्रेज़ भूलने का मतलब है आर्काइव खो देना। फिर भी बंद करें?</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>मैसेज खोजें (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>मैसेज खोजें</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>कहाँ खोजें</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>सभी चैट</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>यह चैट</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>फ़िल्टर</translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation>भेजने वाले, तारीख और मैसेज के प्रकार से फ़िल्टर करें</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>भेजने वाला</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>कोई भी</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>मैसेज का प्रकार</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>कोई भी प्रकार</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>प्रकार</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>खोज की स्थिति</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>खोज के नतीजे</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>कोई भी तारीख</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation>खोजने के लिए शब्द टाइप करें, या कोई फ़िल्टर चुनें।</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>खोजा जा रहा है…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>कोई मैसेज नहीं मिला।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>अब तक %Ln मैसेज मिला; स्क्रॉल करने पर और दिखेंगे।</numerusform>
            <numerusform>अब तक %Ln मैसेज मिले; स्क्रॉल करने पर और दिखेंगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>%Ln मैसेज मिला।</numerusform>
            <numerusform>%Ln मैसेज मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>रिकवरी की डालें।</translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation>आर्काइव अनलॉक करें</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>आर्काइव</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>आर्काइव फ़ोल्डर</translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation>पासफ़्रेज़ से</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>रिकवरी की से</translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation>अनलॉक का नतीजा</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>अनलॉक करें</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>आर्काइव फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation>अनलॉक हो रहा है… (लगभग एक सेकंड लगता है)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>चरण</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>सलाह की तारीख</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>इस पेज पर अभी क्या बाकी है</translation>
    </message>
    <message>
        <source>To continue: {0}</source>
        <translation>जारी रखने के लिए: {0}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>ग्राहक</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>नमस्ते!</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>धन्यवाद</translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation>1. चैट खोलें, ऊपर नाम पर टैप करें</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>संपर्क जानकारी</translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation>मीडिया, लिंक</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>स्टार वाले</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>Export Chat</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>Clear Chat</translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation>2. Export Chat पर टैप करें</translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation>Attach Media</translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation>Without Media</translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation>3. मीडिया के साथ या बिना चुनें</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
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
        <translation>Save to Files</translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation>4. सेव करें, फिर इस कंप्यूटर पर कॉपी करें</translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation>1. चैट खोलें, ⋮ पर टैप करें</translation>
    </message>
    <message>
        <source>View contact</source>
        <translation>संपर्क देखें</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>सेटिंग्स</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>अकाउंट</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>प्राइवेसी</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>नोटिफ़िकेशन</translation>
    </message>
    <message>
        <source>1. In WhatsApp: ⋮ ▸ Settings ▸ Chats</source>
        <translation>1. WhatsApp में: ⋮ ▸ सेटिंग्स ▸ चैट्स</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>वॉलपेपर</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>थीम</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>चैट बैकअप</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>चैट हिस्ट्री</translation>
    </message>
    <message>
        <source>2. Tap Chat backup</source>
        <translation>2. चैट बैकअप पर टैप करें</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>बैकअप लें</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>एन्क्रिप्टेड बैकअप</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Google अकाउंट</translation>
    </message>
    <message>
        <source>3. End-to-end encrypted backup ▸ Turn on</source>
        <translation>3. एंड-टू-एंड एन्क्रिप्टेड बैकअप ▸ चालू करें</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>यह कंप्यूटर</translation>
    </message>
    <message>
        <source>Encrypt backup</source>
        <translation>बैकअप एन्क्रिप्ट करें</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>अभी बैकअप लें</translation>
    </message>
    <message>
        <source>Chat Backup</source>
        <translation>चैट बैकअप</translation>
    </message>
    <message>
        <source>Auto Backup</source>
        <translation>ऑटो बैकअप</translation>
    </message>
    <message>
        <source>1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup</source>
        <translation>1. WhatsApp में: सेटिंग्स ▸ चैट्स ▸ चैट बैकअप</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>2. If the encrypted backup is on, turn it off</source>
        <translation>2. अगर एन्क्रिप्टेड बैकअप चालू है, तो उसे बंद करें</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup</source>
        <translation>3. कंप्यूटर पर (Finder, Apple Devices या iTunes): लोकल बैकअप एन्क्रिप्ट करें पर टिक करें</translation>
    </message>
    <message>
        <source>4. Click Back Up Now and wait until it has finished</source>
        <translation>4. अभी बैकअप लें पर क्लिक करें और पूरा होने तक प्रतीक्षा करें</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>एन्क्रिप्टेड</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>एन्क्रिप्टेड नहीं</translation>
    </message>
    <message>
        <source>&lt;b&gt;The iPhone&apos;s backup&lt;/b&gt; on this computer holds every WhatsApp chat. Choose the newest backup of the phone.</source>
        <translation>इस कंप्यूटर पर &lt;b&gt;iPhone का बैकअप&lt;/b&gt; हर WhatsApp चैट रखता है। फ़ोन का सबसे नया बैकअप चुनें।</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>बैकअप</translation>
    </message>
    <message>
        <source>iPhone backups on this computer</source>
        <translation>इस कंप्यूटर पर iPhone बैकअप</translation>
    </message>
    <message>
        <source>Add this backup</source>
        <translation>यह बैकअप जोड़ें</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>मिले हुए बैकअप</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>दूसरा फ़ोल्डर…</translation>
    </message>
    <message>
        <source>A backup folder copied elsewhere, or one in a place wamigrate does not know</source>
        <translation>कहीं और कॉपी किया गया बैकअप फ़ोल्डर, या ऐसी जगह का जिसे wamigrate नहीं जानता</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>पासवर्ड</translation>
    </message>
    <message>
        <source>The iPhone backup&apos;s password</source>
        <translation>iPhone बैकअप का पासवर्ड</translation>
    </message>
    <message>
        <source>Only for an encrypted backup: the password chosen for the backups</source>
        <translation>केवल एन्क्रिप्टेड बैकअप के लिए: बैकअप के लिए चुना गया पासवर्ड</translation>
    </message>
    <message>
        <source>App</source>
        <translation>ऐप</translation>
    </message>
    <message>
        <source>Which WhatsApp</source>
        <translation>कौन सा WhatsApp</translation>
    </message>
    <message>
        <source>WhatsApp (or the one the phone has)</source>
        <translation>WhatsApp (या जो फ़ोन में है)</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>इस कंप्यूटर पर %Ln बैकअप मिला।</numerusform>
            <numerusform>इस कंप्यूटर पर %Ln बैकअप मिले।</numerusform>
        </translation>
    </message>
    <message>
        <source>No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes or the Apple Devices app, or choose the backup&apos;s folder.</source>
        <translation>सामान्य जगहों पर कोई iPhone बैकअप नहीं मिला। iPhone कनेक्ट करें और Finder, iTunes या Apple Devices ऐप में उसका बैकअप लें, या बैकअप का फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>Choose the iPhone backup&apos;s folder</source>
        <translation>iPhone बैकअप का फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>{0} is encrypted: type the password chosen for the iPhone&apos;s backups.</source>
        <translation>{0} एन्क्रिप्टेड है: iPhone के बैकअप के लिए चुना गया पासवर्ड लिखें।</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>पासकी</translation>
    </message>
    <message>
        <source>64-digit key</source>
        <translation>64 अंकों की की</translation>
    </message>
    <message>
        <source>4. Choose the 64-digit key and write it down</source>
        <translation>4. 64 अंकों की की चुनें और उसे लिख लें</translation>
    </message>
    <message>
        <source>5. Tap Back up, then copy the file</source>
        <translation>5. बैकअप लें पर टैप करें, फिर फ़ाइल कॉपी करें</translation>
    </message>
    <message>
        <source>More</source>
        <translation>More</translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation>2. More पर टैप करें</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>रिपोर्ट करें</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>ब्लॉक करें</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Clear chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Export chat</translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation>3. Export chat पर टैप करें</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>Without media</translation>
    </message>
    <message>
        <source>Include media</source>
        <translation>Include media</translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation>4. चुनें, फिर Drive में सेव करें या ईमेल करें</translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation>कट-ओवर पर क्या बदलता है</translation>
    </message>
    <message>
        <source>Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past a monthly free allowance), who will need a template, and what the API will not carry over.</source>
        <translation>किसे अब भी सामान्य संदेश से जवाब दिया जा सकता है (1 अक्टूबर 2026 से मासिक मुफ़्त सीमा के बाद प्रति संदेश शुल्क), किसे टेम्पलेट चाहिए होगा, और API क्या साथ नहीं ले जाएगा।</translation>
    </message>
    <message>
        <source>Which of these is you?</source>
        <translation>इनमें से आप कौन हैं?</translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation>तय कट-ओवर</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>टाइम ज़ोन</translation>
    </message>
    <message>
        <source>First message to customers outside the window</source>
        <translation>विंडो से बाहर के ग्राहकों को पहला संदेश</translation>
    </message>
    <message>
        <source>Use Meta&apos;s current rate card…</source>
        <translation>Meta की मौजूदा दर-सूची इस्तेमाल करें…</translation>
    </message>
    <message>
        <source>The rate card (CSV) downloaded from Meta&apos;s WhatsApp pricing page: its rates price the estimate.</source>
        <translation>Meta के WhatsApp मूल्य पेज से डाउनलोड की गई दर-सूची (CSV): अनुमान उसकी दरों से लगाया जाता है।</translation>
    </message>
    <message>
        <source>Use the rates shipped with wamigrate</source>
        <translation>wamigrate के साथ आई दरें इस्तेमाल करें</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>दरें</translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation>बदलाव का असर</translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation>आख़िरी मैसेज के बाद बीते समय के अनुसार ग्राहक</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>अपना नाम चुनें…</translation>
    </message>
    <message>
        <source>Choose the name your business has in these chats. Until wamigrate knows which sender is you, it cannot tell which customers wrote last, so the counts below are hidden.</source>
        <translation>इन चैट में आपके बिज़नेस का जो नाम है, वह चुनें। जब तक wamigrate को पता नहीं कि कौन-सा भेजने वाला आप हैं, वह नहीं बता सकता कि किन ग्राहकों ने आख़िर में लिखा, इसलिए नीचे की गिनती छिपी है।</translation>
    </message>
    <message>
        <source>You chose {0}. The browser shows these messages as yours.</source>
        <translation>आपने {0} चुना। ब्राउज़र इन संदेशों को आपके संदेशों की तरह दिखाता है।</translation>
    </message>
    <message>
        <source>wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong.</source>
        <translation>wamigrate ने {0} को आप माना: इस नाम ने हर चैट में लिखा। अगर यह ग़लत है तो दूसरा चुनें।</translation>
    </message>
    <message>
        <source>Meta&apos;s rate card</source>
        <translation>Meta की दर-सूची</translation>
    </message>
    <message>
        <source>Rate card (*.csv);;All files (*)</source>
        <translation>दर-सूची (*.csv);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>{0}, effective {1}.</source>
        <translation>{0}, {1} से लागू।</translation>
    </message>
    <message>
        <source>Shipped with wamigrate: Meta&apos;s rates effective {0}.</source>
        <translation>wamigrate के साथ: {0} से लागू Meta की दरें।</translation>
    </message>
    <message>
        <source>The shipped rates are used instead.</source>
        <translation>इसकी जगह wamigrate के साथ आई दरें इस्तेमाल की जा रही हैं।</translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation>आर्काइव का विश्लेषण हो रहा है…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;सुझाव:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation>विश्लेषण पूरा होने का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>Choose your name above (Which of these is you?): until then wamigrate cannot say which customers wrote last, or who can still be answered without a template.</source>
        <translation>ऊपर अपना नाम चुनें (इनमें से आप कौन हैं?): तब तक wamigrate नहीं बता सकता कि किन ग्राहकों ने आखिर में लिखा, या किसे बिना टेम्पलेट जवाब दिया जा सकता है।</translation>
    </message>
    <message>
        <source>download the rate card (CSV) from Meta&apos;s WhatsApp pricing page and choose it with “Use Meta&apos;s current rate card…” above.</source>
        <translation>Meta के WhatsApp मूल्य पेज से दर-सूची (CSV) डाउनलोड करें और ऊपर “Meta की मौजूदा दर-सूची इस्तेमाल करें…” से उसे चुनें।</translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>आपका बिज़नेस &lt;b&gt;{0}&lt;/b&gt; नाम से लिखता है।</translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation>&quot;रिव्यू और वेरिफ़ाई&quot; पेज पर होता है: आख़िरी वेरिफ़िकेशन आख़िरी इम्पोर्ट के बाद पास हुआ।</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: PIN नोट करें, या इसे बंद करें।</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: PIN नोट करें, या इसे बंद करें।</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ नंबर डालें ▸ Delete my account।</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ नंबर डालें ▸ Delete my account।</translation>
    </message>
    <message>
        <source>Messages that came in since your last export are only on the phone, and deleting the account deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the top), then import the files with the button below and verify.</source>
        <translation>पिछले एक्सपोर्ट के बाद आए संदेश सिर्फ़ फ़ोन पर हैं, और अकाउंट डिलीट करने से वे मिट जाते हैं। फ़ोन पर नए संदेशों वाली हर चैट फिर से एक्सपोर्ट करें (WhatsApp उन्हें सबसे ऊपर दिखाता है), फिर नीचे के बटन से फ़ाइलें इम्पोर्ट करें और जाँचें।</translation>
    </message>
    <message>
        <source>At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept one; the display name; the login of your Meta business portfolio; a payment method.</source>
        <translation>अपने प्रोवाइडर पर (उसकी वेबसाइट या उसके दिए साइन-अप लिंक पर) नंबर जोड़ें। पास रखें: चालू फ़ोन, ताकि 6 अंकों का कोड SMS या वॉइस कॉल से मिले; दो-चरण सत्यापन का PIN, अगर आपने रखा है; डिस्प्ले नाम; अपने Meta बिज़नेस पोर्टफ़ोलियो का लॉगिन; भुगतान का तरीका।</translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation>Meta को नंबर छोड़ने में कुछ मिनट लगते हैं (बहुत जल्दी रजिस्टर करने पर एरर 133015)।</translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation>फ़ोन पर WhatsApp खोलकर नंबर फिर से रजिस्टर न करें: वह API से हट जाएगा।</translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation>Play Store ▸ WhatsApp Business ▸ Update। वर्ज़न Settings ▸ Help ▸ App info में देखें।</translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation>App Store ▸ WhatsApp Business ▸ Update। वर्ज़न Settings ▸ Help में देखें।</translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation>WhatsApp Web और डेस्कटॉप सेशन लॉग आउट हो जाएँगे; जो स्टाफ़ उन्हें इस्तेमाल करता है उसे बता दें।</translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts the history and contact sync within 24 hours, or the onboarding must be done again.</source>
        <translation>ऑनबोर्डिंग के दौरान ऐप चैट इतिहास साझा करने को कहता है: Confirm पर टैप करें, और पक्का करें कि प्रदाता 24 घंटे के भीतर इतिहास और संपर्क सिंक शुरू करे, वरना ऑनबोर्डिंग दोबारा करनी होगी।</translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).</source>
        <translation>फ़ोन पर WhatsApp Business ऐप कम से कम हर 13 दिन में खोलें (हर हफ़्ते खोलना ज़्यादा सुरक्षित है)।</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation>WhatsApp Manager ▸ Phone numbers ▸ वह नंबर ▸ Two-step verification ▸ Turn off।</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation>WhatsApp Manager ▸ Phone numbers: डिस्प्ले नाम Approved दिखाता है।</translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation>Business settings ▸ Payments (या प्रोवाइडर का पोर्टल): पेमेंट का तरीका जोड़ा गया है।</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation>हर चरण पूरा होने पर उस पर टिक करें। हर टिक, उसके समय के साथ, आर्काइव में दर्ज होता है।</translation>
    </message>
    <message>
        <source>Import the final exports…</source>
        <translation>अंतिम एक्सपोर्ट इम्पोर्ट करें…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>अभी जाँचें</translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation>{0} को पूरा हुआ।</translation>
    </message>
    <message>
        <source>The 5 minutes have passed: tick the wait, then register the number.</source>
        <translation>5 मिनट बीत गए: इंतज़ार वाला चरण टिक करें, फिर नंबर रजिस्टर करें।</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>इसे वापस नहीं किया जा सकता</translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation>इस पर सिर्फ़ तभी टिक करें जब आपने सच में यह कर लिया हो: &quot;{0}&quot;। हो गया?</translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation>बिज़नेस की तैयारी</translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation>कुछ सवाल जो Meta या आपका प्रोवाइडर पूछेगा। जो अभी नहीं पता, उसे छोड़ दें।</translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation>डिस्प्ले नाम (ग्राहकों को दिखता है)</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>बिज़नेस का कानूनी नाम</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>वेबसाइट</translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation>प्राइवेसी पॉलिसी का पता</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>कैटेगरी</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>बिज़नेस वेरिफ़िकेशन</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>वेरिफ़ाइड</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>बाकी</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>शुरू नहीं हुआ</translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation>प्रोवाइडर (सॉल्यूशन पार्टनर)</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>प्रोवाइडर का प्रकार</translation>
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
        <translation>अन्य</translation>
    </message>
    <message>
        <source>Retail and shops</source>
        <translation>रिटेल और दुकानें</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>खाना और रेस्टोरेंट</translation>
    </message>
    <message>
        <source>Health clinic</source>
        <translation>हेल्थ क्लिनिक</translation>
    </message>
    <message>
        <source>Beauty and wellness</source>
        <translation>ब्यूटी और वेलनेस</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>शिक्षा</translation>
    </message>
    <message>
        <source>Travel and hotels</source>
        <translation>यात्रा और होटल</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>पेशेवर सेवाएँ</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>वित्तीय सेवाएँ</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>रियल एस्टेट</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>ऑटोमोटिव</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>मनोरंजन</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>गैर-लाभकारी</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>सरकार</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>शराब</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>तंबाकू</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>आग्नेयास्त्र</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>ड्रग्स</translation>
    </message>
    <message>
        <source>Prescription medicine</source>
        <translation>डॉक्टर की पर्ची वाली दवाएँ</translation>
    </message>
    <message>
        <source>Over-the-counter medicine</source>
        <translation>बिना पर्ची की दवाएँ</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>चिकित्सा उपकरण</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>जुआ</translation>
    </message>
    <message>
        <source>Adult products</source>
        <translation>वयस्क उत्पाद</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>डेटिंग</translation>
    </message>
    <message>
        <source>Cryptocurrency</source>
        <translation>क्रिप्टोकरेंसी</translation>
    </message>
    <message>
        <source>Multi-level marketing</source>
        <translation>मल्टी-लेवल मार्केटिंग</translation>
    </message>
    <message>
        <source>Payday loans</source>
        <translation>पेडे लोन</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>कर्ज़ वसूली</translation>
    </message>
    <message>
        <source>Live animals</source>
        <translation>जीवित जानवर</translation>
    </message>
    <message>
        <source>General-purpose AI assistant</source>
        <translation>सामान्य-उद्देश्य AI सहायक</translation>
    </message>
    <message>
        <source>Restricted or regulated by Meta&apos;s policy:</source>
        <translation>Meta की नीति से प्रतिबंधित या नियंत्रित:</translation>
    </message>
    <message>
        <source>The business already has a Meta business portfolio</source>
        <translation>व्यवसाय के पास पहले से Meta बिज़नेस पोर्टफ़ोलियो है</translation>
    </message>
    <message>
        <source>No, it will be created</source>
        <translation>नहीं, बनाया जाएगा</translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation>पेमेंट का तरीका जोड़ा गया</translation>
    </message>
    <message>
        <source>A phone menu (IVR) answers calls to this number</source>
        <translation>इस नंबर पर कॉल का जवाब फ़ोन मेन्यू (IVR) देता है</translation>
    </message>
    <message>
        <source>Linked devices (WhatsApp Web, desktop, tablets)</source>
        <translation>लिंक किए गए डिवाइस (WhatsApp Web, डेस्कटॉप, टैबलेट)</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 या ज़्यादा</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): add them one by one, load a file, or paste them in TOML as in docs/profile-example.toml.</source>
        <translation>&lt;b&gt;टेम्पलेट&lt;/b&gt; (वैकल्पिक): एक-एक करके जोड़ें, कोई फ़ाइल लोड करें, या docs/profile-example.toml की तरह TOML में पेस्ट करें।</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>हाँ</translation>
    </message>
    <message>
        <source>No</source>
        <translation>नहीं</translation>
    </message>
    <message>
        <source>How customers agree to receive messages</source>
        <translation>ग्राहक मैसेज पाने के लिए कैसे सहमति देते हैं</translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation>WhatsApp Business ऐप का वर्ज़न (Settings ▸ Help)</translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation>मैसेज टेम्पलेट (TOML)</translation>
    </message>
    <message>
        <source>Add a template…</source>
        <translation>टेम्पलेट जोड़ें…</translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation>फ़ाइल से टेम्पलेट लोड करें…</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>तैयारी के नतीजे</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>अभी नहीं पता</translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation>टेम्पलेट फ़ाइल</translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation>TOML (*.toml);;सभी फ़ाइलें (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>फ़ाइल पढ़ी नहीं जा सकी: {0}</translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation>टेम्पलेट मान्य TOML नहीं हैं: {0}</translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation>आपकी तैयारी रिपोर्ट</translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation>इसे अपने प्रोवाइडर के लिए सेव करें, और आर्काइव को सुरक्षित रखें।</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>नतीजा</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>वेब पेज के रूप में सेव करें…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>JSON के रूप में सेव करें…</translation>
    </message>
    <message>
        <source>Include the export file names (they usually contain customers&apos; names)</source>
        <translation>एक्सपोर्ट फ़ाइलों के नाम शामिल करें (इनमें अक्सर ग्राहकों के नाम होते हैं)</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>सेव की गई रिपोर्ट</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>अभी क्या करना बाकी है</translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation>आर्काइव ब्राउज़र खोलें</translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation>आर्काइव की गई चैट पढ़ें और खोजें</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>रिपोर्ट बन रही है…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n नतीजे पर कार्रवाई ज़रूरी है।</numerusform>
            <numerusform>%n नतीजों पर कार्रवाई ज़रूरी है।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n सवाल का जवाब अभी नहीं दिया गया।</numerusform>
            <numerusform>%n सवालों के जवाब अभी नहीं दिए गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>अब कुछ करना बाकी नहीं।</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>वेब पेज (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>रिपोर्ट सेव करें</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>रिपोर्ट सेव हो रही है</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;Android पर&lt;/b&gt;, हर चैट के लिए: चैट खोलें ▸ ⋮ (ऊपर दाईं ओर) पर टैप करें ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (या &lt;i&gt;Without media&lt;/i&gt;) ▸ फ़ाइल Google Drive में सेव करें या ख़ुद को ईमेल करें, फिर इस कंप्यूटर पर कॉपी करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation>&lt;b&gt;iPhone पर&lt;/b&gt;, हर चैट के लिए: चैट खोलें ▸ ऊपर संपर्क या ग्रुप के नाम पर टैप करें ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (या &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; या AirDrop से इस कंप्यूटर पर भेजें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) or &lt;i&gt;Mail&lt;/i&gt; it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;iPhone पर&lt;/b&gt;, हर चैट के लिए: चैट खोलें ▸ ऊपर संपर्क या ग्रुप के नाम पर टैप करें ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (या &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) या &lt;i&gt;Mail&lt;/i&gt; से खुद को भेजें, फिर इस कंप्यूटर पर कॉपी करें।</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the phone, in one step&lt;/b&gt; (Android, WhatsApp or WhatsApp Business): turn on the &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; with the &lt;b&gt;64-digit key&lt;/b&gt; (not a password or passkey: those cannot be opened on a computer) and &lt;b&gt;write the key down&lt;/b&gt;, WhatsApp shows it once. Tap &lt;i&gt;Back up&lt;/i&gt;. Then connect the phone by USB and copy &lt;tt&gt;{0}&lt;/tt&gt; to this computer, and, if you want the photos and voice notes too, the &lt;tt&gt;Media&lt;/tt&gt; folder next to &lt;tt&gt;Databases&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;फ़ोन से सब कुछ, एक ही बार में&lt;/b&gt; (Android, WhatsApp या WhatsApp Business): &lt;i&gt;एंड-टू-एंड एन्क्रिप्टेड बैकअप&lt;/i&gt; को &lt;b&gt;64 अंकों की की&lt;/b&gt; के साथ चालू करें (पासवर्ड या पासकी नहीं: वे कंप्यूटर पर नहीं खुलते) और &lt;b&gt;की लिख लें&lt;/b&gt;, WhatsApp उसे सिर्फ़ एक बार दिखाता है। &lt;i&gt;बैकअप लें&lt;/i&gt; पर टैप करें। फिर फ़ोन को USB से जोड़ें और &lt;tt&gt;{0}&lt;/tt&gt; को इस कंप्यूटर पर कॉपी करें, और अगर आपको फ़ोटो और वॉइस नोट भी चाहिए, तो &lt;tt&gt;Databases&lt;/tt&gt; के पास वाला &lt;tt&gt;Media&lt;/tt&gt; फ़ोल्डर भी।</translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation>WhatsApp मीडिया वाले एक्सपोर्ट में ज़्यादा से ज़्यादा &lt;b&gt;10,000 हाल के मैसेज&lt;/b&gt; और बिना मीडिया के ज़्यादा से ज़्यादा &lt;b&gt;40,000&lt;/b&gt; रखता है। लंबी चैट को दोनों तरह से एक्सपोर्ट करें: wamigrate हर मैसेज एक ही बार रखता है।</translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation>अपनी हिस्ट्री बचाएँ</translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation>फ़ोन से हर चैट एक्सपोर्ट करें, और उन्हें इस कंप्यूटर पर एक एन्क्रिप्टेड आर्काइव में रखें।</translation>
    </message>
    <message>
        <source>Everything from the phone (recommended): every chat, complete</source>
        <translation>फ़ोन से सब कुछ (सुझाया गया): हर चैट, पूरी</translation>
    </message>
    <message>
        <source>Chats exported one by one</source>
        <translation>एक-एक करके एक्सपोर्ट की गई चैट</translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation>नया आर्काइव बनाएँ</translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation>पहले बनाया आर्काइव खोलें</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>आर्काइव की जगह</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>चुनें…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the iPhone, in one step&lt;/b&gt; (WhatsApp or WhatsApp Business): if WhatsApp&apos;s own &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat Backup): while it is on, the chats are not in the computer&apos;s backup. Then connect the iPhone to this computer and back it up: in &lt;b&gt;Finder&lt;/b&gt; on a Mac, or the &lt;b&gt;Apple Devices&lt;/b&gt; app (or iTunes) on Windows, choose &lt;i&gt;Back up all of the data on your iPhone to this computer&lt;/i&gt;, tick &lt;i&gt;Encrypt local backup&lt;/i&gt;, choose a password you will remember, and click &lt;i&gt;Back Up Now&lt;/i&gt;. When it has finished, choose the backup on the next page.</source>
        <translation>&lt;b&gt;iPhone से सब कुछ, एक ही बार में&lt;/b&gt; (WhatsApp या WhatsApp Business): अगर WhatsApp का अपना iCloud पर &lt;i&gt;एंड-टू-एंड एन्क्रिप्टेड बैकअप&lt;/i&gt; चालू है, तो पहले उसे बंद करें (WhatsApp ▸ सेटिंग्स ▸ चैट्स ▸ चैट बैकअप): जब तक वह चालू है, चैट कंप्यूटर के बैकअप में नहीं होतीं। फिर iPhone को इस कंप्यूटर से जोड़ें और उसका बैकअप लें: Mac पर &lt;b&gt;Finder&lt;/b&gt; में, या Windows पर &lt;b&gt;Apple Devices&lt;/b&gt; ऐप (या iTunes) में, &lt;i&gt;अपने iPhone का सारा डेटा इस कंप्यूटर पर बैकअप करें&lt;/i&gt; चुनें, &lt;i&gt;लोकल बैकअप एन्क्रिप्ट करें&lt;/i&gt; पर टिक करें, ऐसा पासवर्ड चुनें जो आपको याद रहे, और &lt;i&gt;अभी बैकअप लें&lt;/i&gt; पर क्लिक करें। पूरा होने पर, अगले पेज पर बैकअप चुनें।</translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation>चुनें कि आर्काइव कहाँ रखा जाए</translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation>आर्काइव बनाएँ</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>आर्काइव की स्थिति</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>नई रिकवरी की बनाएँ</translation>
    </message>
    <message>
        <source>Copy every chat from the phone&apos;s own backup, and keep them in an encrypted archive on this computer.</source>
        <translation>फ़ोन के अपने बैकअप से हर चैट कॉपी करें, और उन्हें इस कंप्यूटर पर एक एन्क्रिप्टेड आर्काइव में रखें।</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>आर्काइव कहाँ रखें</translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation>आर्काइव (*.wamarchive)</translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation>आर्काइव फ़ोल्डर चुनें (इसका नाम .wamarchive पर ख़त्म होता है)</translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation>आर्काइव बन रहा है… (कुछ सेकंड)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>अनलॉक हो रहा है…</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation>आर्काइव अनलॉक हुआ: {0}</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed while it was shown). Make a new recovery key and keep it before you go on: the old one stops working.</source>
        <translation>आर्काइव अनलॉक हुआ: {0}। इसकी रिकवरी की को संभालकर रखने की पुष्टि कभी नहीं हुई (वह दिखते समय विंडो बंद कर दी गई थी)। आगे बढ़ने से पहले नई रिकवरी की बनाएँ और उसे संभालकर रखें: पुरानी की काम करना बंद कर देगी।</translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation>आर्काइव बना: {0}</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the archive.</source>
        <translation>नई रिकवरी की बन गई; पुरानी की अब आर्काइव नहीं खोलती।</translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation>आर्काइव खुलने का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation>अपनी चैट इम्पोर्ट करें</translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation>एक्सपोर्ट की गई चैट जोड़ें। बाद में इस पेज से या आर्काइव ब्राउज़र से और जोड़ सकते हैं।</translation>
    </message>
    <message>
        <source>Choose the iPhone&apos;s newest backup and type its password if it is encrypted. Exported chats can be added too, now or later.</source>
        <translation>iPhone का सबसे नया बैकअप चुनें और अगर वह एन्क्रिप्टेड है तो उसका पासवर्ड लिखें। एक्सपोर्ट की गई चैट भी अभी या बाद में जोड़ी जा सकती हैं।</translation>
    </message>
    <message>
        <source>Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats can be added too, now or later.</source>
        <translation>फ़ोन से कॉपी किया msgstore.db.crypt15 जोड़ें और उसकी 64 अंकों की की टाइप करें। एक्सपोर्ट की गई चैट भी जोड़ी जा सकती हैं, अभी या बाद में।</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>इम्पोर्ट पूरा होने का इंतज़ार करें, या इसे रद्द करें।</translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation>रिव्यू और वेरिफ़ाई</translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation>देखें कि आपकी ज़रूरत की हर चैट यहाँ है, फिर आर्काइव वेरिफ़ाई करें: हर पेज, मैसेज और फ़ाइल दोबारा पढ़ी जाती है।</translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation>आर्काइव में चैट</translation>
    </message>
    <message>
        <source>To</source>
        <translation>तक</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>चेतावनियाँ</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>कहाँ से</translation>
    </message>
    <message>
        <source>Double-click a chat to read it</source>
        <translation>चैट पढ़ने के लिए उस पर डबल-क्लिक करें</translation>
    </message>
    <message>
        <source>Rename the chat…</source>
        <translation>चैट का नाम बदलें…</translation>
    </message>
    <message>
        <source>Give the selected chat a name that says who it is</source>
        <translation>चुनी गई चैट को ऐसा नाम दें जिससे पता चले कि वह कौन है</translation>
    </message>
    <message>
        <source>Read the chat</source>
        <translation>चैट पढ़ें</translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation>आर्काइव वेरिफ़ाई करें</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>वेरिफ़िकेशन की प्रगति</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>वेरिफ़िकेशन का नतीजा</translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation>चैट गिनी जा रही हैं…</translation>
    </message>
    <message>
        <source>Rename the chat</source>
        <translation>चैट का नाम बदलें</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>“{0}” का नया नाम:</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation>{0} चैट, {1} मैसेज।</translation>
    </message>
    <message>
        <source>All {0} chats of the phone&apos;s database {1} are here: first message {2}, last message {3}.</source>
        <translation>फ़ोन के डेटाबेस {1} की सभी {0} चैट यहाँ हैं: पहला मैसेज {2}, आखिरी मैसेज {3}।</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln चैट सिर्फ़ एक्सपोर्ट से आई; फ़ोन के डेटाबेस में वह नहीं थी: {0}</numerusform>
            <numerusform>%Ln चैट सिर्फ़ एक्सपोर्ट से आईं; फ़ोन के डेटाबेस में वे नहीं थीं: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation>आख़िरी इम्पोर्ट के बाद वेरिफ़ाई किया गया।</translation>
    </message>
    <message>
        <source>Phone and exports</source>
        <translation>फ़ोन और एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>एक्सपोर्ट</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>वेरिफ़ाई हो रहा है…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>वेरिफ़िकेशन रद्द किया गया।</translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation>वेरिफ़िकेशन पूरा होने का इंतज़ार करें।</translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation>WhatsApp (सामान्य ऐप)</translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation>WhatsApp Business ऐप</translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation>पहले से API पर, किसी प्रोवाइडर के साथ</translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation>अभी WhatsApp पर नहीं</translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation>अपना नंबर WhatsApp Business Platform पर ले जाएँ</translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation>wamigrate आपको सुरक्षित क्रम में, कदम-दर-कदम यह बदलाव करवाता है: पहले आपकी चैट का इस कंप्यूटर पर एक एन्क्रिप्टेड आर्काइव में बैकअप होता है, फिर उसकी जाँच होती है, और उसके बाद ही चेकलिस्ट वह चरण खोलती है जिसे वापस नहीं किया जा सकता। आप wamigrate कभी भी बंद कर सकते हैं: यह वहीं से जारी रहता है जहाँ आपने छोड़ा था।</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history.&lt;/b&gt; On a full migration it does not move: deleting the app account loses every conversation on the phone unless it is backed up first. With coexistence the provider can copy up to 6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; For 24 hours after a customer&apos;s last message or call you can answer with ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those replies are charged per message past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; Meta, “Upcoming pricing updates”, updated 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates, broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;API पर क्या बदलता है&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;चैट इतिहास।&lt;/b&gt; पूरी माइग्रेशन में यह साथ नहीं जाता: ऐप खाता हटाने से फ़ोन की हर बातचीत खो जाती है, जब तक पहले बैकअप न लिया जाए। सह-अस्तित्व में प्रदाता ऑनबोर्डिंग के 24 घंटे के भीतर एक बार 6 महीने तक की एक-से-एक चैट कॉपी कर सकता है (समूह नहीं, मीडिया केवल पिछले 14 दिनों का): इस संग्रह को पूरी प्रति के रूप में रखें। (Meta, “Migrate an existing WhatsApp number”, 31 अक्टूबर 2025 को अपडेट; Meta, “Onboard WhatsApp Business app users”, 20 मार्च 2026 को अपडेट)&lt;/li&gt;&lt;li&gt;&lt;b&gt;24 घंटे का नियम।&lt;/b&gt; ग्राहक के आखिरी संदेश या कॉल के 24 घंटे तक आप सामान्य संदेशों से जवाब दे सकते हैं; उसके बाद केवल पहले से स्वीकृत टेम्पलेट। 1 अक्टूबर 2026 से इन जवाबों पर मासिक मुफ़्त सीमा के बाद प्रति संदेश शुल्क लगता है (प्रदाताओं के अनुसार प्रति नंबर 1,000), और भुगतान के तरीके के बिना वे नहीं पहुँचते। (Meta, “Send messages”, 4 नवंबर 2025 को अपडेट; Meta, “Upcoming pricing updates”, 1 जुलाई 2026 को अपडेट)&lt;/li&gt;&lt;li&gt;&lt;b&gt;ऐप की कुछ सुविधाएँ साथ नहीं जातीं:&lt;/b&gt; संदेश हटाना या फ़ॉरवर्ड करना, स्टेटस, ब्रॉडकास्ट सूचियाँ (टेम्पलेट उनकी जगह लेते हैं), पोल भेजना; समूह केवल सत्यापित ब्रांड खातों के लिए, अधिकतम 8 लोग; कॉल केवल कॉलिंग इंटीग्रेशन के साथ, और सह-अस्तित्व में दोनों नहीं। प्रतिक्रियाएँ और किसी संदेश का जवाब काम करते हैं। (Meta, “Groups API”, 16 जून 2026 को अपडेट)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation>&lt;b&gt;पक्का नहीं कि कौन-सा रास्ता चुनें?&lt;/b&gt; नंबर अभी कहाँ है?</translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation>नंबर अभी कहाँ है</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>सुझाव अपनाएँ</translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation>सुझाया गया रास्ता</translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation>&lt;b&gt;आप नंबर कैसे ले जा रहे हैं?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation>ऐप से अकाउंट डिलीट करें और नंबर सिर्फ़ API पर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation>कोएग्ज़िस्टेंस: WhatsApp Business ऐप बना रहे</translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation>नंबर एक ही समय पर Business ऐप और API दोनों पर काम करता है।</translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation>नंबर पहले से API पर है; यह किसी दूसरे प्रोवाइडर के पास जाता है।</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>आपका नंबर</translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation>जो नंबर आप ले जा रहे हैं, और वह अभी कहाँ है।</translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation>नंबर का देश</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>देश चुनें…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>देश</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation>जैसे 98765 43210, या +91 98765 43210</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>नंबर</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>नंबर की जाँच</translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation>अभी यह इस पर है</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>फ़ोन</translation>
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
        <translation>मुझे नहीं पता</translation>
    </message>
    <message>
        <source>Two-step verification (a 6-digit PIN) is on</source>
        <translation>टू-स्टेप वेरिफ़िकेशन (6 अंकों का PIN) चालू है</translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation>नंबर पर SMS आते हैं</translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation>नंबर पर वॉइस कॉल आती हैं</translation>
    </message>
    <message>
        <source>About the registration code</source>
        <translation>रजिस्ट्रेशन कोड के बारे में</translation>
    </message>
    <message>
        <source>{0}: a {1} number in {2}.</source>
        <translation>{0}: {2} का एक {1} नंबर।</translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation>Meta नंबर पर SMS या वॉइस कॉल से रजिस्ट्रेशन कोड भेजता है, इसलिए रजिस्टर करने वाले दिन इनमें से कोई एक आप तक पहुँचना चाहिए।</translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation>wamigrate — अपना WhatsApp नंबर ले जाएँ</translation>
    </message>
    <message>
        <source>Close and continue later</source>
        <translation>बंद करें और बाद में जारी रखें</translation>
    </message>
    <message>
        <source>Choose the language of wamigrate</source>
        <translation>wamigrate की भाषा चुनें</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>चरण {0} / {1}</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation>एक इम्पोर्ट चल रहा है। उसे रद्द करके बंद करें? आर्काइव इम्पोर्ट से पहले जैसा रहेगा।</translation>
    </message>
    <message>
        <source>The recovery key is on screen and you have not typed its last group back yet. If you close now without keeping it, you will be asked to make a new one next time. Close anyway?</source>
        <translation>रिकवरी की स्क्रीन पर है और आपने अभी तक उसका आख़िरी समूह वापस टाइप नहीं किया है। अगर आप उसे संभाले बिना अभी बंद करते हैं, तो अगली बार नई की बनानी होगी। फिर भी बंद करें?</translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation>असिस्टेंट बंद करें? आपके जवाब सेव हैं (आपका पासफ़्रेज़ कभी नहीं); अगली बार आप यहीं से जारी रखेंगे।</translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation>wamigrate बंद करें</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>सभी मैसेज</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln मैसेज, {0}। आर्काइव से {1} को एक्सपोर्ट किया।</numerusform>
            <numerusform>%Ln मैसेज, {0}। आर्काइव से {1} को एक्सपोर्ट किया।</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>(आर्काइव में नहीं)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>पेज {0} / {1}</translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation>आख़िरी मैसेज के बाद बीते समय के अनुसार ग्राहक, कट-ओवर पर</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>भाषा (&amp;L)</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>सिस्टम की भाषा</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>भाषा</translation>
    </message>
    <message>
        <source>Not answered yet: {0}</source>
        <translation>अभी जवाब नहीं दिया: {0}</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>जवाब दें: {0}</translation>
    </message>
    <message>
        <source>the phone number, with its country code</source>
        <translation>फ़ोन नंबर, देश कोड के साथ</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a complete international number.</source>
        <translation>&apos;{0}&apos; पूरा अंतरराष्ट्रीय नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Meta registers only numbers with a country code and area code; short codes are not supported.</source>
        <translation>Meta सिर्फ़ देश कोड और एरिया कोड वाले नंबर रजिस्टर करता है; शॉर्ट कोड समर्थित नहीं हैं।</translation>
    </message>
    <message>
        <source>Enter the number with + and the country code, e.g. +44 7911 123456.</source>
        <translation>नंबर + और देश कोड के साथ डालें, जैसे +91 98765 43210।</translation>
    </message>
    <message>
        <source>{0} is not a number in use in its country&apos;s numbering plan.</source>
        <translation>{0} अपने देश की नंबरिंग योजना में इस्तेमाल होने वाला नंबर नहीं है।</translation>
    </message>
    <message>
        <source>Meta sends a code to the number; an invalid number cannot receive it.</source>
        <translation>Meta नंबर पर एक कोड भेजता है; अमान्य नंबर उसे नहीं पा सकता।</translation>
    </message>
    <message>
        <source>Check the digits and the country code.</source>
        <translation>अंक और देश कोड जाँचें।</translation>
    </message>
    <message>
        <source>{0} is a valid number ({1}).</source>
        <translation>{0} एक मान्य नंबर है ({1})।</translation>
    </message>
    <message>
        <source>a landline</source>
        <translation>एक लैंडलाइन</translation>
    </message>
    <message>
        <source>a toll-free number</source>
        <translation>एक टोल-फ़्री नंबर</translation>
    </message>
    <message>
        <source>a VoIP/virtual number</source>
        <translation>एक VoIP/वर्चुअल नंबर</translation>
    </message>
    <message>
        <source>a premium-rate number</source>
        <translation>एक प्रीमियम-रेट नंबर</translation>
    </message>
    <message>
        <source>a universal-access number</source>
        <translation>एक यूनिवर्सल-एक्सेस नंबर</translation>
    </message>
    <message>
        <source>a shared-cost number</source>
        <translation>एक साझा-शुल्क नंबर</translation>
    </message>
    <message>
        <source>a personal (forwarding) number</source>
        <translation>एक पर्सनल (फ़ॉरवर्डिंग) नंबर</translation>
    </message>
    <message>
        <source>a valid phone number</source>
        <translation>एक मान्य फ़ोन नंबर</translation>
    </message>
    <message>
        <source>This is a pager number.</source>
        <translation>यह एक पेजर नंबर है।</translation>
    </message>
    <message>
        <source>Meta does not support pager numbers.</source>
        <translation>Meta पेजर नंबरों का समर्थन नहीं करता।</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>मोबाइल नंबर इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>This is {0}.</source>
        <translation>यह {0} है।</translation>
    </message>
    <message>
        <source>Meta does not recommend such numbers for the registration code by SMS or by voice call (nor machine-to-machine numbers): the code may never arrive.</source>
        <translation>Meta ऐसे नंबरों पर SMS या वॉइस कॉल से पंजीकरण कोड की सलाह नहीं देता (मशीन-से-मशीन नंबरों पर भी नहीं): कोड शायद कभी न पहुँचे।</translation>
    </message>
    <message>
        <source>Register a mobile or landline number of the business instead, or test that a voice call reaches you.</source>
        <translation>इसके बजाय व्यवसाय का मोबाइल या लैंडलाइन नंबर पंजीकृत करें, या जाँचें कि वॉइस कॉल आप तक पहुँचती है।</translation>
    </message>
    <message>
        <source>Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.</source>
        <translation>Meta ऐसे नंबरों पर रजिस्ट्रेशन कोड SMS से पाने की सलाह नहीं देता; वॉइस कॉल काम करती है।</translation>
    </message>
    <message>
        <source>Choose the voice-call option when Meta sends the code, and make sure a person can answer it.</source>
        <translation>जब Meta कोड भेजे तो वॉइस कॉल का विकल्प चुनें, और पक्का करें कि कोई व्यक्ति उसे उठा सके।</translation>
    </message>
    <message>
        <source>A mobile number: it can receive the code by SMS or voice call.</source>
        <translation>मोबाइल नंबर: यह SMS या वॉइस कॉल से कोड पा सकता है।</translation>
    </message>
    <message>
        <source>can the number receive SMS? voice calls?</source>
        <translation>क्या नंबर पर SMS आ सकता है? वॉइस कॉल?</translation>
    </message>
    <message>
        <source>The number can receive neither SMS nor voice calls.</source>
        <translation>नंबर पर न SMS आ सकता है न वॉइस कॉल।</translation>
    </message>
    <message>
        <source>Meta proves you own the number with a code sent by SMS or voice call.</source>
        <translation>Meta SMS या वॉइस कॉल से भेजे गए कोड से साबित करता है कि नंबर आपका है।</translation>
    </message>
    <message>
        <source>Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before registering.</source>
        <translation>रजिस्टर करने से पहले नंबर को SMS या वॉइस कॉल के लिए उपलब्ध करें (कॉल बैरिंग हटाएँ, फ़ॉरवर्डिंग बंद करें)।</translation>
    </message>
    <message>
        <source>The number can receive the registration code.</source>
        <translation>नंबर रजिस्ट्रेशन कोड पा सकता है।</translation>
    </message>
    <message>
        <source>does an IVR (phone menu) answer calls to this number?</source>
        <translation>क्या इस नंबर पर आने वाली कॉल का जवाब कोई IVR (फ़ोन मेन्यू) देता है?</translation>
    </message>
    <message>
        <source>Calls to the number are answered by an IVR.</source>
        <translation>नंबर पर आने वाली कॉल का जवाब IVR देता है।</translation>
    </message>
    <message>
        <source>The registration call must reach a person; IVR numbers that cannot receive it are not supported.</source>
        <translation>रजिस्ट्रेशन कॉल किसी व्यक्ति तक पहुँचनी चाहिए; जो IVR नंबर उसे नहीं पा सकते, वे समर्थित नहीं हैं।</translation>
    </message>
    <message>
        <source>Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes from and allow-list them so the call reaches a person.</source>
        <translation>रजिस्ट्रेशन के दौरान IVR और कॉल फ़ॉरवर्डिंग बंद करें, या Meta से पूछें कि उसकी कॉल किन नंबरों से आती है और उन्हें अनुमति-सूची में डालें ताकि कॉल किसी व्यक्ति तक पहुँचे।</translation>
    </message>
    <message>
        <source>No IVR answers the number.</source>
        <translation>इस नंबर का जवाब कोई IVR नहीं देता।</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>क्यूबा</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>ईरान</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>उत्तर कोरिया</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>सीरिया</translation>
    </message>
    <message>
        <source>the country of the business</source>
        <translation>बिज़नेस का देश</translation>
    </message>
    <message>
        <source>The business or number is in {0}.</source>
        <translation>बिज़नेस या नंबर {0} में है।</translation>
    </message>
    <message>
        <source>Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not eligible for the WhatsApp Business Platform.</source>
        <translation>क्यूबा, ईरान, उत्तर कोरिया, सीरिया, और क्रीमिया, दोनेत्स्क और लुहांस्क क्षेत्रों के बिज़नेस WhatsApp Business Platform के लिए योग्य नहीं हैं।</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration.</source>
        <translation>यह सेटिंग बदलकर ठीक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be located there).</source>
        <translation>क्षेत्र {0} योग्य है (क्रीमिया, दोनेत्स्क, लुहांस्क का पता नंबर से नहीं चलता: बिज़नेस वहाँ स्थित नहीं होना चाहिए)।</translation>
    </message>
    <message>
        <source>which WhatsApp app the number is on now</source>
        <translation>नंबर अभी किस WhatsApp ऐप पर है</translation>
    </message>
    <message>
        <source>The number is not registered in a WhatsApp app.</source>
        <translation>नंबर किसी WhatsApp ऐप में रजिस्टर्ड नहीं है।</translation>
    </message>
    <message>
        <source>WhatsApp Messenger</source>
        <translation>WhatsApp Messenger</translation>
    </message>
    <message>
        <source>the WhatsApp Business app</source>
        <translation>WhatsApp Business ऐप</translation>
    </message>
    <message>
        <source>The number is still registered in {0}.</source>
        <translation>नंबर अभी भी {0} में रजिस्टर्ड है।</translation>
    </message>
    <message>
        <source>A number cannot be on the API and in the app at once; chat history is not moved to the API.</source>
        <translation>एक नंबर एक साथ API और ऐप दोनों पर नहीं हो सकता; चैट हिस्ट्री API पर नहीं जाती।</translation>
    </message>
    <message>
        <source>First back up every chat, then in the app: Settings &gt; Account &gt; Delete my account (checklist step).</source>
        <translation>पहले हर चैट का बैकअप लें, फिर ऐप में: Settings &gt; Account &gt; Delete my account (चेकलिस्ट का चरण)।</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app, which coexistence supports.</source>
        <translation>नंबर WhatsApp Business ऐप पर है, जिसका कोएग्ज़िस्टेंस समर्थन करता है।</translation>
    </message>
    <message>
        <source>WhatsApp Messenger (personal)</source>
        <translation>WhatsApp Messenger (पर्सनल)</translation>
    </message>
    <message>
        <source>no WhatsApp app</source>
        <translation>कोई WhatsApp ऐप नहीं</translation>
    </message>
    <message>
        <source>The number is on {0}.</source>
        <translation>नंबर {0} पर है।</translation>
    </message>
    <message>
        <source>Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.</source>
        <translation>कोएग्ज़िस्टेंस WhatsApp Business ऐप को API के साथ बनाए रखता है; दूसरे नंबरों के लिए यह नहीं है।</translation>
    </message>
    <message>
        <source>Choose the full-migration route, or move the number to the WhatsApp Business app first.</source>
        <translation>पूरे माइग्रेशन का रास्ता चुनें, या पहले नंबर को WhatsApp Business ऐप पर ले जाएँ।</translation>
    </message>
    <message>
        <source>Reminder for cut-over day.</source>
        <translation>कट-ओवर के दिन के लिए याद दिलाना।</translation>
    </message>
    <message>
        <source>Registering too soon after deleting the app account fails with error 133015.</source>
        <translation>ऐप अकाउंट डिलीट करने के बाद बहुत जल्दी रजिस्टर करने पर एरर 133015 आता है।</translation>
    </message>
    <message>
        <source>After deleting the account, wait at least 5 minutes before the provider registers the number.</source>
        <translation>अकाउंट डिलीट करने के बाद, प्रोवाइडर के नंबर रजिस्टर करने से पहले कम से कम 5 मिनट रुकें।</translation>
    </message>
    <message>
        <source>the Business app version</source>
        <translation>Business ऐप का वर्ज़न</translation>
    </message>
    <message>
        <source>the provider&apos;s partner type</source>
        <translation>प्रोवाइडर का पार्टनर प्रकार</translation>
    </message>
    <message>
        <source> and </source>
        <translation> और </translation>
    </message>
    <message>
        <source>the Business app is version {0} (2.24.17 or newer is needed)</source>
        <translation>Business ऐप का वर्ज़न {0} है (2.24.17 या नया चाहिए)</translation>
    </message>
    <message>
        <source>the provider is neither a Solution Partner nor a Tech Provider</source>
        <translation>प्रोवाइडर न Solution Partner है न Tech Provider</translation>
    </message>
    <message>
        <source>Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.</source>
        <translation>Meta कोएग्ज़िस्टेंस सिर्फ़ Solution Partners और Tech Providers के ज़रिए, नए ऐप वर्ज़न पर देता है।</translation>
    </message>
    <message>
        <source>Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.</source>
        <translation>WhatsApp Business ऐप अपडेट करें; ऐसा प्रोवाइडर चुनें जो Solution Partner या Tech Provider हो।</translation>
    </message>
    <message>
        <source>App version and provider support coexistence.</source>
        <translation>ऐप वर्ज़न और प्रोवाइडर कोएग्ज़िस्टेंस का समर्थन करते हैं।</translation>
    </message>
    <message>
        <source>Providers also report that the number must have been used in the Business app for at least 7 days before onboarding, and Meta&apos;s Embedded Signup v2 stopped working on 15 Oct 2026: a provider still using it cannot onboard anyone.</source>
        <translation>प्रदाता यह भी बताते हैं कि ऑनबोर्डिंग से पहले नंबर कम से कम 7 दिन Business ऐप में इस्तेमाल हुआ हो, और Meta का Embedded Signup v2 15 अक्टूबर 2026 को बंद हो गया: जो प्रदाता अब भी उसे इस्तेमाल करता है वह किसी को ऑनबोर्ड नहीं कर सकता।</translation>
    </message>
    <message>
        <source>Use the Business app for a week before onboarding, and ask the provider which signup version it uses.</source>
        <translation>ऑनबोर्डिंग से पहले एक हफ़्ता Business ऐप इस्तेमाल करें, और प्रदाता से पूछें कि वह कौन-सा साइनअप संस्करण इस्तेमाल करता है।</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>फ़ोन नंबर</translation>
    </message>
    <message>
        <source>The number&apos;s country code is +{0}.</source>
        <translation>नंबर का देश कोड +{0} है।</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers.</source>
        <translation>नाइजीरिया (+234) और दक्षिण अफ़्रीका (+27) के नंबरों के लिए कोएग्ज़िस्टेंस उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Use the full-migration route for this number.</source>
        <translation>इस नंबर के लिए पूरे माइग्रेशन का रास्ता इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Coexistence is available for +{0}.</source>
        <translation>+{0} के लिए कोएग्ज़िस्टेंस उपलब्ध है।</translation>
    </message>
    <message>
        <source>Good to know.</source>
        <translation>जानना अच्छा है।</translation>
    </message>
    <message>
        <source>A coexistence number sends at most 20 messages per second (80 normally).</source>
        <translation>कोएग्ज़िस्टेंस वाला नंबर प्रति सेकंड ज़्यादा से ज़्यादा 20 मैसेज भेजता है (सामान्य रूप से 80)।</translation>
    </message>
    <message>
        <source>Plan the onboarding day.</source>
        <translation>ऑनबोर्डिंग के दिन की योजना बनाएँ।</translation>
    </message>
    <message>
        <source>The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during onboarding, and the provider must start the history and contact sync within 24 hours of it, or you have to leave and redo the onboarding. Media older than 14 days is not included.</source>
        <translation>प्रदाता 180 दिनों तक की एक-से-एक चैट (समूह नहीं) एक बार कॉपी कर सकता है; आप ऑनबोर्डिंग के दौरान Confirm पर टैप करते हैं, और प्रदाता को उसके 24 घंटे के भीतर इतिहास और संपर्क सिंक शुरू करना होता है, वरना छोड़कर ऑनबोर्डिंग फिर से करनी होगी। 14 दिन से पुराना मीडिया शामिल नहीं होता।</translation>
    </message>
    <message>
        <source>Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts the sync the same day.</source>
        <translation>इस संग्रह को पूरी प्रति के रूप में रखें; ऑनबोर्डिंग के दौरान Confirm पर टैप करें और पक्का करें कि प्रदाता उसी दिन सिंक शुरू करे।</translation>
    </message>
    <message>
        <source>The number joins an existing business portfolio and gets its messaging limit at once.</source>
        <translation>नंबर मौजूदा बिज़नेस पोर्टफ़ोलियो में जुड़ता है और तुरंत उसकी मैसेजिंग सीमा पाता है।</translation>
    </message>
    <message>
        <source>The limit belongs to the business portfolio and is shared by all of its numbers.</source>
        <translation>सीमा बिज़नेस पोर्टफ़ोलियो की होती है और उसके सभी नंबर उसे साझा करते हैं।</translation>
    </message>
    <message>
        <source>Other numbers&apos; templates use up the same limit: plan the first day with that in mind.</source>
        <translation>दूसरे नंबरों के टेम्पलेट भी वही सीमा खर्च करते हैं: पहले दिन की योजना इसे ध्यान में रखकर बनाएँ।</translation>
    </message>
    <message>
        <source>does the business already have a Meta business portfolio?</source>
        <translation>क्या व्यवसाय के पास पहले से Meta बिज़नेस पोर्टफ़ोलियो है?</translation>
    </message>
    <message>
        <source>A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to 2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 customers reached in 30 days with high-quality templates) and a review of message quality.</source>
        <translation>नया बिज़नेस पोर्टफ़ोलियो 24 घंटे की विंडो के बाहर प्रतिदिन 250 ग्राहकों से शुरू होता है। तीन में से एक रास्ते (व्यवसाय सत्यापन, पार्टनर द्वारा सत्यापन, या 30 दिनों में उच्च गुणवत्ता वाले टेम्पलेट से 2,000 ग्राहकों तक पहुँचना) और संदेश गुणवत्ता की समीक्षा के बाद Meta इसे 2,000 करता है।</translation>
    </message>
    <message>
        <source>New portfolio, verified business: 250 customers a day at first, 2,000 after Meta&apos;s quality review.</source>
        <translation>नया पोर्टफ़ोलियो, सत्यापित व्यवसाय: शुरुआत में प्रतिदिन 250 ग्राहक, Meta की गुणवत्ता समीक्षा के बाद 2,000।</translation>
    </message>
    <message>
        <source>A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window.</source>
        <translation>नया बिज़नेस पोर्टफ़ोलियो, अभी सत्यापित नहीं: 24 घंटे की विंडो के बाहर प्रतिदिन 250 ग्राहक।</translation>
    </message>
    <message>
        <source>Complete business verification (or partner-led verification) before the cut-over, or spread the first templates over several days.</source>
        <translation>कट-ओवर से पहले व्यवसाय सत्यापन (या पार्टनर द्वारा सत्यापन) पूरा करें, या पहले टेम्पलेट कई दिनों में भेजें।</translation>
    </message>
    <message>
        <source>it needs a copy-code or one-tap button</source>
        <translation>इसमें कॉपी-कोड या वन-टैप बटन चाहिए</translation>
    </message>
    <message>
        <source>its body must be Meta&apos;s preset text (&apos;{{1}} is your verification code.&apos;)</source>
        <translation>इसका मुख्य भाग Meta का पहले से तय पाठ होना चाहिए (&apos;{{1}} is your verification code.&apos;)</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates are its preset code message with a copy-code or one-tap button; a custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a username (error 131062).</source>
        <translation>Meta के प्रमाणीकरण टेम्पलेट उसका पहले से तय कोड संदेश होते हैं, कॉपी-कोड या वन-टैप बटन के साथ; अपना पाठ, लिंक, मीडिया या इमोजी अस्वीकार होते हैं। इन्हें केवल यूज़रनेम से पहचाने जाने वाले ग्राहकों को नहीं भेजा जा सकता (त्रुटि 131062)।</translation>
    </message>
    <message>
        <source>Create the template from Meta&apos;s authentication preset and add a copy-code or one-tap button.</source>
        <translation>टेम्पलेट Meta के प्रमाणीकरण प्रीसेट से बनाएँ और कॉपी-कोड या वन-टैप बटन जोड़ें।</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 (error 131049); Canadian numbers are not affected.</source>
        <translation>1 अप्रैल 2025 से मार्केटिंग टेम्पलेट अमेरिकी नंबरों (अमेरिकी एरिया कोड वाले +1) तक नहीं पहुँचते (त्रुटि 131049); कनाडा के नंबर प्रभावित नहीं हैं।</translation>
    </message>
    <message>
        <source>Plan utility templates (or replies inside the 24-hour window) for US customers.</source>
        <translation>अमेरिकी ग्राहकों के लिए यूटिलिटी टेम्पलेट (या 24 घंटे की विंडो के भीतर जवाब) की योजना बनाएँ।</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>आपके %n ग्राहक का नंबर अमेरिकी है: मार्केटिंग टेम्पलेट उस तक नहीं पहुँचेंगे।</numerusform>
            <numerusform>आपके %n ग्राहकों के नंबर अमेरिकी हैं: मार्केटिंग टेम्पलेट उन तक नहीं पहुँचेंगे।</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s customers has a US number.</source>
        <translation>संग्रह के किसी ग्राहक का नंबर अमेरिकी नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n मार्केटिंग टेम्पलेट, और व्यवसाय अमेरिका में है: इसके ज़्यादातर ग्राहकों के नंबर शायद अमेरिकी हैं।</numerusform>
            <numerusform>%n मार्केटिंग टेम्पलेट, और व्यवसाय अमेरिका में है: इसके ज़्यादातर ग्राहकों के नंबर शायद अमेरिकी हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing templates reach your customers unless they have US numbers.</source>
        <translation>मार्केटिंग टेम्पलेट आपके ग्राहकों तक पहुँचते हैं, जब तक उनके नंबर अमेरिकी न हों।</translation>
    </message>
    <message>
        <source>how many linked devices (WhatsApp Web, desktop) the app has</source>
        <translation>ऐप के कितने लिंक किए गए डिवाइस हैं (WhatsApp Web, डेस्कटॉप)</translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n लिंक किया गया डिवाइस।</numerusform>
            <numerusform>%n लिंक किए गए डिवाइस।</numerusform>
        </translation>
    </message>
    <message>
        <source>All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.</source>
        <translation>ऑनबोर्डिंग पर सारे लिंक किए गए डिवाइस अनलिंक हो जाते हैं; Windows के लिए WhatsApp और WearOS समर्थित नहीं हैं।</translation>
    </message>
    <message>
        <source>Tell the staff who use them; re-link them after onboarding.</source>
        <translation>जो स्टाफ़ उन्हें इस्तेमाल करता है उसे बताएँ; ऑनबोर्डिंग के बाद उन्हें फिर से लिंक करें।</translation>
    </message>
    <message>
        <source>No linked devices.</source>
        <translation>कोई लिंक किया गया डिवाइस नहीं।</translation>
    </message>
    <message>
        <source>is two-step verification on for the number?</source>
        <translation>क्या नंबर के लिए टू-स्टेप वेरिफ़िकेशन चालू है?</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>टू-स्टेप वेरिफ़िकेशन चालू है।</translation>
    </message>
    <message>
        <source>Moving a number between providers fails while two-step verification is on (error 2388001).</source>
        <translation>टू-स्टेप वेरिफ़िकेशन चालू रहते नंबर को प्रोवाइडरों के बीच ले जाना विफल होता है (एरर 2388001)।</translation>
    </message>
    <message>
        <source>Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio&apos;s address); there is no API for it.</source>
        <translation>इसे WhatsApp Manager में बंद करें (ईमेल लिंक पोर्टफ़ोलियो के पते पर जाता है); इसके लिए कोई API नहीं है।</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>टू-स्टेप वेरिफ़िकेशन बंद है।</translation>
    </message>
    <message>
        <source>Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.</source>
        <translation>रजिस्टर और डीरजिस्टर करना हर नंबर के लिए 72 घंटे में 10 प्रयासों तक सीमित है; उसके बाद 72 घंटे के लिए ब्लॉक।</translation>
    </message>
    <message>
        <source>Do not retry registration in a loop; check the error and wait as it says.</source>
        <translation>रजिस्ट्रेशन बार-बार लगातार न दोहराएँ; एरर देखें और उसके बताए अनुसार रुकें।</translation>
    </message>
    <message>
        <source>the display name you will ask Meta for</source>
        <translation>वह डिस्प्ले नाम जो आप Meta से माँगेंगे</translation>
    </message>
    <message>
        <source>it is a generic term</source>
        <translation>यह एक सामान्य शब्द है</translation>
    </message>
    <message>
        <source>it mentions WhatsApp, Meta or their apps</source>
        <translation>इसमें WhatsApp, Meta या उनके ऐप का ज़िक्र है</translation>
    </message>
    <message>
        <source>it claims to be official or verified</source>
        <translation>यह आधिकारिक या वेरिफ़ाइड होने का दावा करता है</translation>
    </message>
    <message>
        <source>it looks like a web or e-mail address</source>
        <translation>यह वेब या ईमेल पते जैसा दिखता है</translation>
    </message>
    <message>
        <source>it reads as advertising</source>
        <translation>यह विज्ञापन जैसा लगता है</translation>
    </message>
    <message>
        <source>Meta rejects display names that do not plainly name the business.</source>
        <translation>Meta ऐसे डिस्प्ले नाम अस्वीकार करता है जो साफ़ तौर पर बिज़नेस का नाम नहीं बताते।</translation>
    </message>
    <message>
        <source>Use the name customers know the business by, e.g. &apos;Fresh Produce&apos; or &apos;Fruit Snacks by Fresh Produce&apos;.</source>
        <translation>वह नाम इस्तेमाल करें जिससे ग्राहक बिज़नेस को जानते हैं, जैसे &apos;Fresh Produce&apos; या &apos;Fruit Snacks by Fresh Produce&apos;।</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names the business.</source>
        <translation>&apos;{0}&apos; बिज़नेस का नाम बताता है।</translation>
    </message>
    <message>
        <source>the display name and the legal name of the business</source>
        <translation>बिज़नेस का डिस्प्ले नाम और कानूनी नाम</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shares words with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; के कुछ शब्द कानूनी नाम &apos;{1}&apos; से मिलते हैं।</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no word in common with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; का एक भी शब्द कानूनी नाम &apos;{1}&apos; से नहीं मिलता।</translation>
    </message>
    <message>
        <source>Meta asks for a clear relationship to the legal name, or to branding shown on the website.</source>
        <translation>Meta कानूनी नाम से, या वेबसाइट पर दिखाई गई ब्रांडिंग से, साफ़ संबंध माँगता है।</translation>
    </message>
    <message>
        <source>Show &apos;{0}&apos; on the business website, or use &apos;{1} by {2}&apos;.</source>
        <translation>बिज़नेस की वेबसाइट पर &apos;{0}&apos; दिखाएँ, या &apos;{1} by {2}&apos; इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>it has fewer than 3 characters</source>
        <translation>इसमें 3 से कम अक्षर हैं</translation>
    </message>
    <message>
        <source>it is all capitals</source>
        <translation>यह पूरा बड़े अक्षरों में है</translation>
    </message>
    <message>
        <source>it contains emoji</source>
        <translation>इसमें इमोजी है</translation>
    </message>
    <message>
        <source>it contains symbols</source>
        <translation>इसमें चिह्न हैं</translation>
    </message>
    <message>
        <source>it has double spaces</source>
        <translation>इसमें दोहरी स्पेस है</translation>
    </message>
    <message>
        <source>Meta&apos;s formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.</source>
        <translation>Meta के फ़ॉर्मैटिंग दिशानिर्देश सामान्य कैपिटलाइज़ेशन, बिना इमोजी या चिह्न, और 3 या ज़्यादा अक्षर माँगते हैं।</translation>
    </message>
    <message>
        <source>Write the name as in normal text, e.g. &apos;Casa Verde&apos; rather than &apos;CASA VERDE ✨&apos;.</source>
        <translation>नाम सामान्य टेक्स्ट की तरह लिखें, जैसे &apos;CASA VERDE ✨&apos; की जगह &apos;Casa Verde&apos;।</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is formatted as Meta expects.</source>
        <translation>&apos;{0}&apos; Meta के तय फ़ॉर्मैट में है।</translation>
    </message>
    <message>
        <source>the business category</source>
        <translation>बिज़नेस की कैटेगरी</translation>
    </message>
    <message>
        <source>Category: {0}.</source>
        <translation>कैटेगरी: {0}।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s Business Messaging Policy does not allow businesses to buy, sell or promote this through WhatsApp, whatever their licences.</source>
        <translation>WhatsApp की बिज़नेस मैसेजिंग नीति बिज़नेस को WhatsApp के ज़रिए इसे खरीदने, बेचने या प्रचार करने की अनुमति नहीं देती, चाहे उनके पास कोई भी लाइसेंस हो।</translation>
    </message>
    <message>
        <source>Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.</source>
        <translation>शायद सिर्फ़ उन सामान या सेवाओं से असंबंधित मैसेजिंग संभव हो; माइग्रेट करने से पहले प्रोवाइडर से पूछें।</translation>
    </message>
    <message>
        <source>Category: {0} (a regulated vertical).</source>
        <translation>कैटेगरी: {0} (एक विनियमित क्षेत्र)।</translation>
    </message>
    <message>
        <source>Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; online gambling needs Meta&apos;s prior written permission.</source>
        <translation>सिर्फ़ प्लेटफ़ॉर्म पर, सिर्फ़ सूचीबद्ध देशों में, बिना कॉमर्स सुविधाओं के, 18 से कम उम्र वालों को कभी नहीं; ऑनलाइन जुए के लिए Meta की पहले से लिखित अनुमति चाहिए।</translation>
    </message>
    <message>
        <source>Confirm with the provider that your country is on Meta&apos;s list (and get permission for gambling).</source>
        <translation>प्रोवाइडर से पुष्टि करें कि आपका देश Meta की सूची में है (और जुए के लिए अनुमति लें)।</translation>
    </message>
    <message>
        <source>how customers agree to receive WhatsApp messages from the business</source>
        <translation>ग्राहक बिज़नेस से WhatsApp मैसेज पाने के लिए कैसे सहमति देते हैं</translation>
    </message>
    <message>
        <source>No opt-in is collected.</source>
        <translation>कोई सहमति नहीं ली जाती।</translation>
    </message>
    <message>
        <source>The API may message only customers who agreed to receive messages from the business.</source>
        <translation>API सिर्फ़ उन ग्राहकों को मैसेज भेज सकता है जिन्होंने बिज़नेस से मैसेज पाने की सहमति दी है।</translation>
    </message>
    <message>
        <source>Collect opt-in (website form, SMS, in person or on paper) stating the business&apos;s name.</source>
        <translation>बिज़नेस के नाम के साथ सहमति लें (वेबसाइट फ़ॉर्म, SMS, आमने-सामने या कागज़ पर)।</translation>
    </message>
    <message>
        <source>Opt-in: {0}.</source>
        <translation>सहमति: {0}।</translation>
    </message>
    <message>
        <source>No verified archive of the chats yet.</source>
        <translation>चैट का अभी कोई वेरिफ़ाइड आर्काइव नहीं है।</translation>
    </message>
    <message>
        <source>Deleting the app account deletes the chat history; the API does not receive it.</source>
        <translation>ऐप अकाउंट डिलीट करने से चैट हिस्ट्री डिलीट हो जाती है; API को वह नहीं मिलती।</translation>
    </message>
    <message>
        <source>Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).</source>
        <translation>हर चैट एक्सपोर्ट करें, एक्सपोर्ट को आर्काइव में इम्पोर्ट करें और उसे वेरिफ़ाई करें (wamigrate import, wamigrate verify)।</translation>
    </message>
    <message>
        <source>The archive has not passed verification since the last import.</source>
        <translation>आख़िरी इम्पोर्ट के बाद आर्काइव वेरिफ़िकेशन में पास नहीं हुआ है।</translation>
    </message>
    <message>
        <source>Only a verified archive is a proven copy of the history.</source>
        <translation>सिर्फ़ वेरिफ़ाइड आर्काइव ही हिस्ट्री की साबित कॉपी है।</translation>
    </message>
    <message>
        <source>Run &apos;Verify archive&apos; (wamigrate verify) and fix what it reports.</source>
        <translation>&quot;आर्काइव वेरिफ़ाई करें&quot; (wamigrate verify) चलाएँ और जो वह बताए उसे ठीक करें।</translation>
    </message>
    <message>
        <source>Verified archive with {0} messages.</source>
        <translation>{0} मैसेज वाला वेरिफ़ाइड आर्काइव।</translation>
    </message>
    <message>
        <source>No templates to check.</source>
        <translation>जाँचने के लिए कोई टेम्पलेट नहीं।</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>%n टेम्पलेट जाँचा गया।</numerusform>
            <numerusform>%n टेम्पलेट जाँचे गए।</numerusform>
        </translation>
    </message>
    <message>
        <source>the name must be lowercase letters, digits and _</source>
        <translation>नाम में छोटे अक्षर, अंक और _ ही होने चाहिए</translation>
    </message>
    <message>
        <source>Meta rejects other template names.</source>
        <translation>Meta दूसरे टेम्पलेट नाम अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Rename, e.g. &apos;order_ready&apos;.</source>
        <translation>नाम बदलें, जैसे &apos;order_ready&apos;।</translation>
    </message>
    <message>
        <source>header has {0} characters (60 at most)</source>
        <translation>हेडर में {0} अक्षर हैं (ज़्यादा से ज़्यादा 60)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>मुख्य भाग ख़ाली है</translation>
    </message>
    <message>
        <source>body has {0} characters (1,024 at most)</source>
        <translation>मुख्य भाग में {0} अक्षर हैं (ज़्यादा से ज़्यादा 1,024)</translation>
    </message>
    <message>
        <source>footer has {0} characters (60 at most)</source>
        <translation>फ़ुटर में {0} अक्षर हैं (ज़्यादा से ज़्यादा 60)</translation>
    </message>
    <message>
        <source>{0} buttons (10 at most)</source>
        <translation>{0} बटन (ज़्यादा से ज़्यादा 10)</translation>
    </message>
    <message>
        <source>button &apos;{0}&apos; is longer than 25 characters</source>
        <translation>बटन &apos;{0}&apos; 25 अक्षरों से लंबा है</translation>
    </message>
    <message>
        <source>the header has more than one parameter</source>
        <translation>हेडर में एक से ज़्यादा पैरामीटर हैं</translation>
    </message>
    <message>
        <source>Meta rejects templates over these limits.</source>
        <translation>Meta इन सीमाओं से ज़्यादा वाले टेम्पलेट अस्वीकार करता है।</translation>
    </message>
    <message>
        <source>Shorten the parts named.</source>
        <translation>बताए गए हिस्से छोटे करें।</translation>
    </message>
    <message>
        <source>parameters must be {{1}}, {{2}}... or lowercase names</source>
        <translation>पैरामीटर {{1}}, {{2}}... या छोटे अक्षरों वाले नाम होने चाहिए</translation>
    </message>
    <message>
        <source>parameters {0} are not 1, 2, 3... without gaps</source>
        <translation>पैरामीटर {0} बिना अंतराल के 1, 2, 3... नहीं हैं</translation>
    </message>
    <message>
        <source>{0} parameters but {1} sample values</source>
        <translation>{0} पैरामीटर पर {1} उदाहरण मान</translation>
    </message>
    <message>
        <source>Meta requires positional parameters in order from 1, and a sample value for each.</source>
        <translation>Meta 1 से क्रम में पोज़िशनल पैरामीटर और हर एक के लिए उदाहरण मान माँगता है।</translation>
    </message>
    <message>
        <source>Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.</source>
        <translation>पैरामीटरों को क्रम से {{1}}, {{2}}... नंबर दें और हर पैरामीटर के लिए एक उदाहरण मान दें।</translation>
    </message>
    <message>
        <source>the body starts or ends with a parameter</source>
        <translation>मुख्य भाग किसी पैरामीटर से शुरू या ख़त्म होता है</translation>
    </message>
    <message>
        <source>two parameters are next to each other</source>
        <translation>दो पैरामीटर एक-दूसरे के बगल में हैं</translation>
    </message>
    <message>
        <source>a sample value contains #, $ or %</source>
        <translation>किसी उदाहरण मान में #, $ या % है</translation>
    </message>
    <message>
        <source>These are among Meta&apos;s most common reasons to reject a template.</source>
        <translation>ये टेम्पलेट अस्वीकार करने के Meta के सबसे आम कारणों में से हैं।</translation>
    </message>
    <message>
        <source>Put words before the first and after the last parameter; separate parameters with words.</source>
        <translation>पहले पैरामीटर से पहले और आख़िरी के बाद शब्द रखें; पैरामीटरों को शब्दों से अलग करें।</translation>
    </message>
    <message>
        <source>authentication templates cannot contain links</source>
        <translation>ऑथेंटिकेशन टेम्पलेट में लिंक नहीं हो सकते</translation>
    </message>
    <message>
        <source>authentication templates cannot carry media</source>
        <translation>ऑथेंटिकेशन टेम्पलेट में मीडिया नहीं हो सकता</translation>
    </message>
    <message>
        <source>authentication templates cannot contain emoji</source>
        <translation>ऑथेंटिकेशन टेम्पलेट में इमोजी नहीं हो सकते</translation>
    </message>
    <message>
        <source>No marketing templates.</source>
        <translation>कोई मार्केटिंग टेम्पलेट नहीं।</translation>
    </message>
    <message>
        <source>Enter an access token for the WhatsApp Business Account.</source>
        <translation>WhatsApp Business Account के लिए एक्सेस टोकन डालें।</translation>
    </message>
    <message>
        <source>Meta did not answer within {0} seconds. Check the connection and try again.</source>
        <translation>Meta ने {0} सेकंड में जवाब नहीं दिया। कनेक्शन जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>No internet connection: Meta could not be reached within {0} seconds. Check the connection and try again.</source>
        <translation>इंटरनेट कनेक्शन नहीं है: Meta तक {0} सेकंड में पहुँचा नहीं जा सका। कनेक्शन जाँचें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Could not reach Meta ({0}). Check the internet connection and try again.</source>
        <translation>Meta तक नहीं पहुँच सके ({0})। इंटरनेट कनेक्शन जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a proxy or a firewall?). Connect to the internet directly and try again.</source>
        <translation>जवाब Meta से नहीं आया: इसके बजाय एक वेब पेज लौटा (Wi-Fi साइन-इन पेज, प्रॉक्सी या फ़ायरवॉल?)। सीधे इंटरनेट से जुड़ें और फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>Meta&apos;s answers took too long (more than {0} seconds in all); the check stopped.</source>
        <translation>Meta के जवाबों में बहुत देर लगी (कुल {0} सेकंड से ज़्यादा); जाँच रोक दी गई।</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not a list as expected; the check stopped.</source>
        <translation>Meta का जवाब अपेक्षित सूची नहीं था; जाँच रोक दी गई।</translation>
    </message>
    <message>
        <source>Meta&apos;s answer repeated the same page; the check stopped.</source>
        <translation>Meta के जवाब ने वही पेज दोबारा भेजा; जाँच रोक दी गई।</translation>
    </message>
    <message>
        <source>Meta&apos;s answer went on for more than {0} pages; the check stopped.</source>
        <translation>Meta का जवाब {0} से ज़्यादा पेज तक चलता रहा; जाँच रोक दी गई।</translation>
    </message>
    <message>
        <source>That is not an access token: a token is one line of letters and digits, without spaces (it usually starts with EAA). Check that the token file holds only the token.</source>
        <translation>यह ऐक्सेस टोकन नहीं है: टोकन अक्षरों और अंकों की एक ही पंक्ति होता है, बिना स्पेस के (आमतौर पर EAA से शुरू होता है)। जाँचें कि टोकन फ़ाइल में सिर्फ़ टोकन ही है।</translation>
    </message>
    <message>
        <source>The answer was far larger than any answer from Meta (over {0} MB); the check stopped.</source>
        <translation>जवाब Meta के किसी भी जवाब से कहीं बड़ा था ({0} MB से ज़्यादा); जाँच रोक दी गई।</translation>
    </message>
    <message>
        <source> Meta said: {0}</source>
        <translation> Meta ने कहा: {0}</translation>
    </message>
    <message>
        <source>The access token has expired. Make a new one in Meta Business Suite (System users) and try again.</source>
        <translation>एक्सेस टोकन की अवधि ख़त्म हो गई है। Meta Business Suite (System users) में नया बनाएँ और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The access token stopped working because the password of its user changed. Make a new one.</source>
        <translation>एक्सेस टोकन ने काम करना बंद कर दिया क्योंकि उसके यूज़र का पासवर्ड बदल गया। नया बनाएँ।</translation>
    </message>
    <message>
        <source>Meta does not accept this access token (revoked or mistyped). Make a new one and try again.</source>
        <translation>Meta यह एक्सेस टोकन स्वीकार नहीं करता (रद्द या ग़लत टाइप किया गया)। नया बनाएँ और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>The access token may not read this WhatsApp Business Account: it needs the whatsapp_business_management permission and access to the account.</source>
        <translation>एक्सेस टोकन इस WhatsApp Business Account को नहीं पढ़ सकता: इसे whatsapp_business_management अनुमति और अकाउंट तक पहुँच चाहिए।</translation>
    </message>
    <message>
        <source>Meta is limiting calls right now. Wait a few minutes and try again.</source>
        <translation>Meta अभी कॉल सीमित कर रहा है। कुछ मिनट रुकें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>Meta does not know this account or field: check the WhatsApp Business Account ID.</source>
        <translation>Meta इस अकाउंट या फ़ील्ड को नहीं जानता: WhatsApp Business Account ID जाँचें।</translation>
    </message>
    <message>
        <source>Meta&apos;s service is failing right now (HTTP {0}). Try again later.</source>
        <translation>Meta की सेवा अभी विफल हो रही है (HTTP {0})। बाद में कोशिश करें।</translation>
    </message>
    <message>
        <source>Meta refused the request (HTTP {0}).</source>
        <translation>Meta ने अनुरोध अस्वीकार कर दिया (HTTP {0})।</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not about this WhatsApp Business Account; the check stopped.</source>
        <translation>Meta का जवाब इस WhatsApp Business अकाउंट के बारे में नहीं था; जाँच रोक दी गई।</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).</source>
        <translation>WhatsApp Business Account ID एक संख्या है (WhatsApp Manager ▸ Account tools ▸ Account details)।</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not keep the token ({0}); it stays in memory until you close wamigrate.</source>
        <translation>इस कंप्यूटर का कीचेन टोकन नहीं रख सका ({0}); wamigrate बंद करने तक यह मेमोरी में रहेगा।</translation>
    </message>
    <message>
        <source>Check with Meta (optional, online)</source>
        <translation>Meta से जाँचें (वैकल्पिक, ऑनलाइन)</translation>
    </message>
    <message>
        <source>If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: the number&apos;s registration, display name, quality and messaging limit, and each template&apos;s review. This goes online to Meta with your access token; nothing else leaves this computer.</source>
        <translation>अगर बिज़नेस के पास पहले से WhatsApp Business Account है, तो wamigrate Meta से पूछ सकता है कि वह क्या जानता है: नंबर का रजिस्ट्रेशन, डिस्प्ले नाम, क्वालिटी और मैसेजिंग सीमा, और हर टेम्पलेट की समीक्षा। यह आपके एक्सेस टोकन के साथ ऑनलाइन Meta को जाता है; इस कंप्यूटर से और कुछ बाहर नहीं जाता।</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>WhatsApp Business Account ID</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>एक्सेस टोकन</translation>
    </message>
    <message>
        <source>From Meta Business Suite ▸ System users, or from your provider</source>
        <translation>Meta Business Suite ▸ System users से, या अपने प्रोवाइडर से</translation>
    </message>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>टोकन इस कंप्यूटर के कीचेन में रखें</translation>
    </message>
    <message>
        <source>Check with Meta</source>
        <translation>Meta से जाँचें</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>जाँच रद्द करें</translation>
    </message>
    <message>
        <source>Live check status</source>
        <translation>लाइव जाँच की स्थिति</translation>
    </message>
    <message>
        <source>Enter the account ID and an access token first.</source>
        <translation>पहले अकाउंट ID और एक्सेस टोकन डालें।</translation>
    </message>
    <message>
        <source>Asking Meta…</source>
        <translation>Meta से पूछा जा रहा है…</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>जाँच नहीं हुई: जाँच रद्द कर दी गई।</translation>
    </message>
    <message>
        <source>Not checked: {0}</source>
        <translation>जाँच नहीं हुई: {0}</translation>
    </message>
    <message>
        <source>Checked with Meta at {0} (UTC).</source>
        <translation>Meta से {0} (UTC) को जाँचा गया।</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>पढ़ा नहीं गया: {0}।</translation>
    </message>
    <message>
        <source>%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as �. Export the chat again if those messages matter.</source>
        <translation>इस एक्सपोर्ट के %n बाइट मान्य UTF-8 नहीं हैं (फ़ाइल वहाँ ख़राब है); हर एक � के रूप में दिखाया गया है। अगर वे मैसेज ज़रूरी हैं तो चैट फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right.</source>
        <translation>यह एक्सपोर्ट UTF-8 टेक्स्ट नहीं है; इसे {0} के रूप में पढ़ा गया। जाँचें कि नाम और मात्राओं वाले अक्षर सही दिखते हैं।</translation>
    </message>
    <message>
        <source>The dates in this export could be read either way (day before month, or month before day). Check the dates, and choose the order if they are wrong.</source>
        <translation>इस एक्सपोर्ट की तारीखें दो तरह से पढ़ी जा सकती हैं (महीने से पहले दिन, या दिन से पहले महीना)। तारीखें जाँचें, और ग़लत हों तो क्रम चुनें।</translation>
    </message>
    <message>
        <source>%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, and the order of the file. Check the years there.</source>
        <translation>पंक्ति {0} और {1} के बीच %n संदेश अपना वर्ष नहीं लिखते; वर्ष उन संदेशों से जो लिखते हैं, और फ़ाइल के क्रम से लिया गया। वहाँ वर्ष जाँचें।</translation>
    </message>
    <message>
        <source>This old export does not write years; years were counted back from the export&apos;s date, starting in {0}.</source>
        <translation>यह पुराना एक्सपोर्ट साल नहीं लिखता; साल एक्सपोर्ट की तारीख से पीछे गिने गए, {0} से शुरू करके।</translation>
    </message>
    <message>
        <source>This message&apos;s time is written &apos;{0}&apos;, which does not exist (a 24-hour time with AM or PM); it was read as {1}.</source>
        <translation>इस संदेश का समय &apos;{0}&apos; लिखा है, जो मौजूद नहीं है (AM या PM के साथ 24 घंटे का समय); इसे {1} पढ़ा गया।</translation>
    </message>
    <message>
        <source>This line starts like a message but its date or time is impossible (&apos;{0}&apos;); it was kept as part of the message before it.</source>
        <translation>यह पंक्ति मैसेज की तरह शुरू होती है पर इसकी तारीख या समय असंभव है (&apos;{0}&apos;); इसे पिछले मैसेज के हिस्से के रूप में रखा गया।</translation>
    </message>
    <message>
        <source>%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported.</source>
        <translation>पहले मैसेज से पहले की %n पंक्तियाँ (पंक्ति {0} से {1} तक) किसी मैसेज की नहीं हैं; वे इम्पोर्ट नहीं हुईं।</translation>
    </message>
    <message>
        <source>The chat refers to %n media file(s), but none of them is next to it: this export was made without media, or the files were not copied.</source>
        <translation>चैट %n मीडिया फ़ाइलों का ज़िक्र करती है, पर उनमें से कोई भी उसके साथ नहीं है: यह एक्सपोर्ट बिना मीडिया के बना था, या फ़ाइलें कॉपी नहीं हुईं।</translation>
    </message>
    <message>
        <source>%n media file(s) the chat refers to are not in the export: {0}</source>
        <translation>चैट में ज़िक्र की गई %n मीडिया फ़ाइलें एक्सपोर्ट में नहीं हैं: {0}</translation>
    </message>
    <message>
        <source>%n media file(s) in the export are not mentioned by any message: {0}</source>
        <translation>एक्सपोर्ट की %n मीडिया फ़ाइलों का किसी मैसेज में ज़िक्र नहीं है: {0}</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} with media: older messages were probably left out. Export it again without media to get up to 40,000 messages.</source>
        <translation>इस चैट में {0} मैसेज हैं, जो मीडिया के साथ WhatsApp की {1} की एक्सपोर्ट सीमा के आसपास है: पुराने मैसेज शायद छूट गए। 40,000 मैसेज तक पाने के लिए इसे बिना मीडिया के फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} without media: older messages were probably left out. WhatsApp cannot export more; keep the phone&apos;s own backup too.</source>
        <translation>इस चैट में {0} मैसेज हैं, जो बिना मीडिया के WhatsApp की {1} की एक्सपोर्ट सीमा के आसपास है: पुराने मैसेज शायद छूट गए। WhatsApp इससे ज़्यादा एक्सपोर्ट नहीं कर सकता; फ़ोन का अपना बैकअप भी रखें।</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: its path points outside the export.</source>
        <translation>zip सदस्य &apos;{0}&apos; छोड़ा गया: इसका पाथ एक्सपोर्ट के बाहर जाता है।</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is a symbolic link.</source>
        <translation>zip सदस्य &apos;{0}&apos; छोड़ा गया: यह एक सिम्बॉलिक लिंक है।</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it would expand to an implausible size.</source>
        <translation>zip सदस्य &apos;{0}&apos; छोड़ा गया: यह असंभव आकार तक फैल जाता।</translation>
    </message>
    <message>
        <source>The zip holds &apos;{0}&apos; twice; the first copy was used.</source>
        <translation>zip में &apos;{0}&apos; दो बार है; पहली कॉपी इस्तेमाल की गई।</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is password-protected.</source>
        <translation>zip सदस्य &apos;{0}&apos; छोड़ा गया: यह पासवर्ड से सुरक्षित है।</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>{0} छोड़ा गया: {1}</translation>
    </message>
    <message>
        <source>Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} were left out.</source>
        <translation>पंक्ति {0} किसी भी WhatsApp मैसेज से कहीं लंबी है: इसके पहले {2} अक्षर रखे गए और बाकी {1} छोड़ दिए गए।</translation>
    </message>
    <message>
        <source>The media file &apos;{0}&apos; could not be read ({1}); its message was kept without it.</source>
        <translation>मीडिया फ़ाइल &apos;{0}&apos; पढ़ी नहीं जा सकी ({1}); उसका मैसेज उसके बिना रखा गया।</translation>
    </message>
    <message>
        <source>%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders.</source>
        <translation>ऐसे प्रकार के %n मैसेज जिन्हें wamigrate अभी नहीं जानता (प्रकार {0}) प्लेसहोल्डर के रूप में रखे गए हैं।</translation>
    </message>
    <message>
        <source>%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders.</source>
        <translation>%n चैट सूचनाएँ जिन्हें wamigrate अभी नहीं जानता (संख्या {0}) प्लेसहोल्डर के रूप में रखी गई हैं।</translation>
    </message>
    <message>
        <source>%n status update(s) were left out: they are not part of a chat.</source>
        <translation>%n स्टेटस अपडेट छोड़ दिए गए: वे किसी चैट का हिस्सा नहीं हैं।</translation>
    </message>
    <message>
        <source>%n media file(s) the phone&apos;s messages name are not in the Media folder you chose: {0}. Their messages are kept; add the folder again once they are copied.</source>
        <translation>फ़ोन के मैसेज जिन %n मीडिया फ़ाइलों का नाम लेते हैं, वे आपके चुने Media फ़ोल्डर में नहीं हैं: {0}। उनके मैसेज रखे गए हैं; फ़ाइलें कॉपी होने पर फ़ोल्डर फिर से जोड़ें।</translation>
    </message>
    <message>
        <source>%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were sent); they were stored as they are now.</source>
        <translation>फ़ोल्डर की %n मीडिया फ़ाइलें WhatsApp के रिकॉर्ड से अलग हैं (भेजे जाने के बाद फ़ोन पर बदली गईं); उन्हें अभी जैसी हैं वैसे ही रखा गया।</translation>
    </message>
    <message>
        <source>%n media file(s) the iPhone&apos;s messages name are not in its backup (the phone had removed them, or kept them only in iCloud): {0}. Their messages are kept.</source>
        <translation>iPhone के संदेशों में बताई गई %n मीडिया फ़ाइल(ें) उसके बैकअप में नहीं हैं (फ़ोन ने उन्हें हटा दिया था, या केवल iCloud में रखा था): {0}। उनके संदेश रखे गए हैं।</translation>
    </message>
    <message>
        <source>From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: the messages and calls themselves are all there. Chat exports of the same chats carry none of these either.</source>
        <translation>iPhone बैकअप से, wamigrate का यह संस्करण अभी प्रतिक्रियाएँ, पोल के विकल्प या संपादन के निशान नहीं पढ़ता: संदेश और कॉल स्वयं सभी मौजूद हैं। उन्हीं चैट के एक्सपोर्ट में भी इनमें से कुछ नहीं होता।</translation>
    </message>
    <message>
        <source>From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options are read): the messages and calls themselves are all there.</source>
        <translation>iPhone बैकअप से wamigrate अभी संपादन के निशान या पोल के वोट नहीं पढ़ता (प्रतिक्रियाएँ और पोल के विकल्प पढ़े जाते हैं): संदेश और कॉल सब मौजूद हैं।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer&apos;s backup: in WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on the computer again.</source>
        <translation>इस iPhone बैकअप में WhatsApp के डेटाबेस में कोई मैसेज नहीं है। अगर चैट फ़ोन पर हैं, तो शायद WhatsApp का अपना iCloud पर एंड-टू-एंड एन्क्रिप्टेड बैकअप चालू है, जो उन्हें कंप्यूटर के बैकअप से बाहर रखता है: WhatsApp में सेटिंग्स ▸ चैट्स ▸ चैट बैकअप ▸ एंड-टू-एंड एन्क्रिप्टेड बैकअप पर जाकर उसे बंद करें, फिर कंप्यूटर पर iPhone का बैकअप दोबारा लें।</translation>
    </message>
    <message>
        <source>This database lacks what holds {0}, so those were not read; its messages are all in the archive without them.</source>
        <translation>इस डेटाबेस में वे हिस्से नहीं हैं जिनमें {0} रहते हैं, इसलिए वे पढ़े नहीं गए; इसके सारे संदेश उनके बिना आर्काइव में हैं।</translation>
    </message>
    <message>
        <source>A phone&apos;s backup holds the names of groups but not of people: customers are shown by their number. Add the phone&apos;s contacts (a .vcf or .csv file, or WhatsApp&apos;s wa.db) to see their names.</source>
        <translation>फ़ोन के बैकअप में ग्रुप के नाम होते हैं, लोगों के नहीं: ग्राहक अपने नंबर से दिखते हैं। उनके नाम देखने के लिए फ़ोन के कॉन्टैक्ट (.vcf या .csv फ़ाइल, या WhatsApp का wa.db) जोड़ें।</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has damaged cipher settings. Restore keys.json from a backup of the archive folder.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) की एन्क्रिप्शन सेटिंग्स खराब हैं। आर्काइव फ़ोल्डर के बैकअप से keys.json वापस लाएँ।</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a backup of the archive folder.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) की एक एन्क्रिप्शन सेटिंग खराब है ({0})। आर्काइव फ़ोल्डर के बैकअप से keys.json वापस लाएँ।</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some space on that disk and try again; nothing in the archive was changed.</source>
        <translation>जिस डिस्क पर आर्काइव है ({0}) वह भर गई है, इसलिए wamigrate आर्काइव के साथ काम नहीं कर सकता। उस डिस्क पर कुछ जगह खाली करें और फिर से कोशिश करें; आर्काइव में कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) could not be read or written (an input/output error). Check that the disk or stick is still connected and working, then try again; if it happens again, copy the archive folder to another disk. Nothing in the archive was changed.</source>
        <translation>जिस डिस्क पर आर्काइव है ({0}) उसे पढ़ा या लिखा नहीं जा सका (इनपुट/आउटपुट त्रुटि)। जाँचें कि डिस्क या स्टिक अब भी जुड़ी है और काम कर रही है, फिर से कोशिश करें; अगर फिर ऐसा हो, तो आर्काइव फ़ोल्डर को दूसरी डिस्क पर कॉपी करें। आर्काइव में कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only share). You can browse, search and export it; to import chats or change its secrets, copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>आर्काइव ऐसी डिस्क पर है जिस पर लिखा नहीं जा सकता (CD या DVD, राइट-प्रोटेक्टेड स्टिक या केवल पढ़ने वाला शेयर)। आप इसे ब्राउज़ कर सकते हैं, खोज सकते हैं और एक्सपोर्ट कर सकते हैं; चैट इम्पोर्ट करने या इसके सीक्रेट बदलने के लिए, आर्काइव फ़ोल्डर को ऐसी डिस्क पर कॉपी करें जिस पर लिखा जा सके और वह कॉपी खोलें।</translation>
    </message>
    <message>
        <source>The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; reinstall wamigrate.</source>
        <translation>wamigrate ने जो SQLite लाइब्रेरी लोड की है, वह एन्क्रिप्ट नहीं कर सकती (SQLCipher नहीं है)। कुछ भी नहीं लिखा गया; wamigrate फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has cipher settings that do not match its database: the file was changed. Restore keys.json from a backup of the archive folder.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) की एन्क्रिप्शन सेटिंग्स उसके डेटाबेस से मेल नहीं खातीं: फ़ाइल बदली गई है। आर्काइव फ़ोल्डर के बैकअप से keys.json वापस लाएँ।</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: it cannot be decrypted although the key is right ({0}). Restore the archive folder from a backup.</source>
        <translation>आर्काइव का डेटाबेस ख़राब है: की सही होने पर भी इसे डिक्रिप्ट नहीं किया जा सकता ({0})। आर्काइव फ़ोल्डर को बैकअप से वापस लाएँ।</translation>
    </message>
    <message>
        <source>There is no chat called &apos;{0}&apos; in this archive. Chats: {1}.</source>
        <translation>इस आर्काइव में &apos;{0}&apos; नाम की कोई चैट नहीं है। चैट: {1}।</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{0}&apos;; choose one of {1}.</source>
        <translation>अज्ञात एक्सपोर्ट फ़ॉर्मैट &apos;{0}&apos;; {1} में से कोई एक चुनें।</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>जिस डिस्क पर आर्काइव है उसमें {0} MB खाली है, और इस इम्पोर्ट को {1} MB तक चाहिए। उस डिस्क पर कुछ जगह खाली करें (या आर्काइव को बड़ी डिस्क पर ले जाएँ) और फिर से इम्पोर्ट करें; कुछ नहीं बदला।</translation>
    </message>
    <message>
        <source>The archive could not be written to the disk (disk I/O error): {0} was not imported and the archive is unchanged. Check that the disk has free space and is still connected.</source>
        <translation>आर्काइव डिस्क पर नहीं लिखा जा सका (डिस्क I/O एरर): {0} इम्पोर्ट नहीं हुआ और आर्काइव नहीं बदला। जाँचें कि डिस्क में खाली जगह है और वह अब भी जुड़ी है।</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged. Free some space and import it again.</source>
        <translation>डिस्क भर गई है: {0} इम्पोर्ट नहीं हुआ और आर्काइव नहीं बदला। कुछ जगह ख़ाली करें और फिर से इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged.</source>
        <translation>डिस्क भर गई है: {0} इम्पोर्ट नहीं हुआ और आर्काइव नहीं बदला।</translation>
    </message>
    <message>
        <source>The export reader stopped without finishing.</source>
        <translation>एक्सपोर्ट रीडर पूरा किए बिना रुक गया।</translation>
    </message>
    <message>
        <source>{0} changed while it was being imported; import the export again.</source>
        <translation>इम्पोर्ट के दौरान {0} बदल गया; एक्सपोर्ट फिर से इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>There is no import number {0} in this archive.</source>
        <translation>इस आर्काइव में इम्पोर्ट नंबर {0} नहीं है।</translation>
    </message>
    <message>
        <source>The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>पासफ़्रेज़ स्लॉट एक अज्ञात की डेरिवेशन इस्तेमाल करता है; आर्काइव को नए wamigrate की ज़रूरत है।</translation>
    </message>
    <message>
        <source>The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>रिकवरी स्लॉट एक अज्ञात की डेरिवेशन इस्तेमाल करता है; आर्काइव को नए wamigrate की ज़रूरत है।</translation>
    </message>
    <message>
        <source>Unknown key slot type &apos;{0}&apos;.</source>
        <translation>अज्ञात की स्लॉट प्रकार &apos;{0}&apos;।</translation>
    </message>
    <message>
        <source>The passphrase entry of the archive&apos;s key file (keys.json) asks for an impossible key derivation ({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore keys.json from a backup.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) में पासफ़्रेज़ वाली प्रविष्टि एक असंभव की-डेरिवेशन माँगती है ({0} = {1}); फ़ाइल बदली गई है या खराब है। आर्काइव को उसकी रिकवरी की से खोलें, या बैकअप से keys.json वापस लाएँ।</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>पासफ़्रेज़</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>रिकवरी की</translation>
    </message>
    <message>
        <source>The {0} entry of the archive&apos;s key file (keys.json) is damaged. Open the archive with its {1}, then set a new {2}.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) में {0} की एंट्री ख़राब है। आर्काइव को {1} से खोलें, फिर नया {2} सेट करें।</translation>
    </message>
    <message>
        <source>This archive has no {0} entry in its key file.</source>
        <translation>इस आर्काइव की की-फ़ाइल में {0} की कोई एंट्री नहीं है।</translation>
    </message>
    <message>
        <source>The {0} slot of the key file is damaged ({1}).</source>
        <translation>की-फ़ाइल का {0} स्लॉट ख़राब है ({1})।</translation>
    </message>
    <message>
        <source>That recovery key does not open this archive. Check it and try again (letters are not case-sensitive).</source>
        <translation>यह रिकवरी की इस आर्काइव को नहीं खोलती। जाँचें और फिर कोशिश करें (छोटे-बड़े अक्षरों से फ़र्क नहीं पड़ता)।</translation>
    </message>
    <message>
        <source>That passphrase does not open this archive. Check it and try again (passphrases are case-sensitive).</source>
        <translation>यह पासफ़्रेज़ इस आर्काइव को नहीं खोलता। जाँचें और फिर कोशिश करें (पासफ़्रेज़ में छोटे-बड़े अक्षरों से फ़र्क पड़ता है)।</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong length.</source>
        <translation>की-फ़ाइल में ग़लत लंबाई की की है।</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a backup of the archive folder.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) गायब है, इसलिए इसे खोला नहीं जा सकता। आर्काइव फ़ोल्डर के बैकअप से keys.json वापस लाएँ।</translation>
    </message>
    <message>
        <source>This archive was made by a newer wamigrate; update wamigrate to open it.</source>
        <translation>यह आर्काइव नए wamigrate से बना है; इसे खोलने के लिए wamigrate अपडेट करें।</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is damaged and cannot be read. Restore keys.json from a backup of the archive folder.</source>
        <translation>आर्काइव की की-फ़ाइल (keys.json) ख़राब है और पढ़ी नहीं जा सकती। आर्काइव फ़ोल्डर के बैकअप से keys.json वापस लाएँ।</translation>
    </message>
    <message>
        <source>Another wamigrate window or command is importing into or changing this archive. Wait for it to finish, then try again.</source>
        <translation>wamigrate की कोई दूसरी विंडो या कमांड इस आर्काइव में इम्पोर्ट या बदलाव कर रही है। उसके पूरा होने तक रुकें, फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>It has {0} characters; use at least {1}.</source>
        <translation>इसमें {0} अक्षर हैं; कम से कम {1} इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>It is one of the passwords people choose most often, which are tried first.</source>
        <translation>यह उन पासवर्डों में से है जो लोग सबसे ज़्यादा चुनते हैं, जिन्हें सबसे पहले आज़माया जाता है।</translation>
    </message>
    <message>
        <source>It repeats the same one or two characters.</source>
        <translation>यह वही एक या दो अक्षर दोहराता है।</translation>
    </message>
    <message>
        <source>It is too easy to guess (too short or too regular).</source>
        <translation>इसका अंदाज़ा लगाना बहुत आसान है (बहुत छोटा या बहुत नियमित)।</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. </source>
        <translation>ज़्यादा मज़बूत पासफ़्रेज़ चुनें। </translation>
    </message>
    <message>
        <source> A good one is a few unrelated words, e.g. “copper lantern orbit 47”.</source>
        <translation> अच्छा पासफ़्रेज़ कुछ बेमेल शब्द होते हैं, जैसे “तांबा लालटेन कक्षा 47”।</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{0}&apos;. Use a name such as Europe/London or America/Sao_Paulo.</source>
        <translation>अज्ञात टाइम ज़ोन &apos;{0}&apos;। Asia/Kolkata या Europe/London जैसा नाम इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>{0} already exists and is not empty; choose another name or place.</source>
        <translation>{0} पहले से मौजूद है और ख़ाली नहीं है; कोई दूसरा नाम या जगह चुनें।</translation>
    </message>
    <message>
        <source>The database was written unencrypted; it has been refused.</source>
        <translation>डेटाबेस बिना एन्क्रिप्शन के लिखा गया था; इसे अस्वीकार कर दिया गया।</translation>
    </message>
    <message>
        <source>{0} is not a wamigrate archive (no archive.db and keys.json in it).</source>
        <translation>{0} wamigrate आर्काइव नहीं है (इसमें archive.db और keys.json नहीं हैं)।</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is missing from {1}.</source>
        <translation>{1} में आर्काइव का डेटाबेस ({0}) नहीं है।</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is not a wamigrate archive database.</source>
        <translation>{0} एन्क्रिप्टेड नहीं है: यह wamigrate आर्काइव डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four (for example ABCD-EFGH-…). Check it and try again.</source>
        <translation>यह रिकवरी की नहीं है: इसमें चार-चार के समूहों में 32 अक्षर और अंक होते हैं (जैसे ABCD-EFGH-…)। जाँचें और फिर कोशिश करें।</translation>
    </message>
    <message>
        <source>A passphrase or the recovery key is needed to open the archive.</source>
        <translation>आर्काइव खोलने के लिए पासफ़्रेज़ या रिकवरी की चाहिए।</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is damaged at its start and cannot be read. Restore the archive folder from a backup.</source>
        <translation>आर्काइव का डेटाबेस ({0}) शुरुआत में ख़राब है और पढ़ा नहीं जा सकता। आर्काइव फ़ोल्डर को बैकअप से वापस लाएँ।</translation>
    </message>
    <message>
        <source>The key file (keys.json) in this folder belongs to another archive than its database. Put back this archive&apos;s own keys.json (from a backup of the folder).</source>
        <translation>इस फ़ोल्डर की की-फ़ाइल (keys.json) किसी दूसरे आर्काइव की है, इसके डेटाबेस की नहीं। इस आर्काइव की अपनी keys.json वापस रखें (फ़ोल्डर के बैकअप से)।</translation>
    </message>
    <message>
        <source>The disk holding the archive is full, so it was opened for reading only. Free some space on that disk to import chats or change its secrets.</source>
        <translation>जिस डिस्क पर आर्काइव है वह भर गई है, इसलिए इसे केवल पढ़ने के लिए खोला गया। चैट इम्पोर्ट करने या इसके सीक्रेट बदलने के लिए उस डिस्क पर कुछ जगह खाली करें।</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged ({0}).</source>
        <translation>आर्काइव का डेटाबेस ख़राब है ({0})।</translation>
    </message>
    <message>
        <source>keys.json belongs to another archive than this database.</source>
        <translation>keys.json इस डेटाबेस की नहीं, किसी दूसरे आर्काइव की है।</translation>
    </message>
    <message>
        <source>This archive was made by an older wamigrate and must be updated once before it can be opened, which cannot be done on a disk that cannot be written to. Copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>यह आर्काइव wamigrate के पुराने वर्शन से बना है और खोलने से पहले इसे एक बार अपडेट करना ज़रूरी है, जो ऐसी डिस्क पर नहीं हो सकता जिस पर लिखा न जा सके। आर्काइव फ़ोल्डर को ऐसी डिस्क पर कॉपी करें जिस पर लिखा जा सके और वह कॉपी खोलें।</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>आर्काइव लॉक है।</translation>
    </message>
    <message>
        <source>{0} could not be decoded as text ({1}).</source>
        <translation>{0} को टेक्स्ट के रूप में डिकोड नहीं किया जा सका ({1})।</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp&apos;s exported chats do.</source>
        <translation>{0} WhatsApp चैट एक्सपोर्ट नहीं है: कोई भी पंक्ति WhatsApp की एक्सपोर्ट की गई चैट की तरह तारीख और समय से शुरू नहीं होती।</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>एक JPEG इमेज</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>एक PNG इमेज</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>एक GIF इमेज</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>एक PDF दस्तावेज़</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>एक मीडिया फ़ाइल</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>एक ऑडियो फ़ाइल</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>एक gzip आर्काइव</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>एक RAR आर्काइव</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>एक 7-Zip आर्काइव</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>एक डेटाबेस फ़ाइल</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a WhatsApp date and time.</source>
        <translation>{0} WhatsApp चैट एक्सपोर्ट नहीं है: यह स्प्रेडशीट (CSV) फ़ाइल जैसी दिखती है, और कोई भी पंक्ति WhatsApp की तारीख और समय से शुरू नहीं होती।</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>एक वीडियो फ़ाइल</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>एक बाइनरी फ़ाइल</translation>
    </message>
    <message>
        <source>Part of the zip file is damaged ({0}). Export the chat again or copy the file again.</source>
        <translation>zip फ़ाइल का एक हिस्सा ख़राब है ({0})। चैट फिर से एक्सपोर्ट करें या फ़ाइल फिर से कॉपी करें।</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>फ़ाइल {0} मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read (&apos;{1}&apos;). Unzip it with the program that made it and import the folder, or export the chat again.</source>
        <translation>{0} को ऐसे तरीके से कंप्रेस किया गया है जिसे WhatsApp कभी इस्तेमाल नहीं करता और wamigrate पढ़ नहीं सकता (&apos;{1}&apos;)। उसे बनाने वाले प्रोग्राम से अनज़िप करें और फ़ोल्डर इम्पोर्ट करें, या चैट दोबारा एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} फ़ाइल नहीं बल्कि एक डिवाइस या पाइप है, जिसे wamigrate नहीं पढ़ता। WhatsApp के &quot;चैट एक्सपोर्ट करें&quot; से बनी .txt या .zip फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>wamigrate is not allowed to read {0}. Check the file&apos;s permissions.</source>
        <translation>wamigrate को {0} पढ़ने की अनुमति नहीं है। फ़ाइल की अनुमतियाँ जाँचें।</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone&apos;s backup (msgstore.db.crypt15): skipped.</source>
        <translation>{0} न तो चैट एक्सपोर्ट है (WhatsApp चैट को .txt या .zip फ़ाइल के रूप में एक्सपोर्ट करता है) और न ही फ़ोन का बैकअप (msgstore.db.crypt15): छोड़ दिया गया।</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>{0} पढ़ी नहीं जा सकी: {1}।</translation>
    </message>
    <message>
        <source>The import was cancelled, but the files it had imported could not be removed again: {0}</source>
        <translation>इम्पोर्ट रद्द हुआ, लेकिन जो फ़ाइलें वह इम्पोर्ट कर चुका था उन्हें फिर से हटाया नहीं जा सका: {0}</translation>
    </message>
    <message>
        <source>{0} is empty: there are no messages in it.</source>
        <translation>{0} ख़ाली है: इसमें कोई मैसेज नहीं है।</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like {1}. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} WhatsApp चैट एक्सपोर्ट नहीं है: यह {1} जैसी दिखती है। WhatsApp के &quot;Export chat&quot; से बनी .txt या .zip फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export it again.</source>
        <translation>{0} एक ख़राब या अधूरी zip फ़ाइल है ({1})। शायद कॉपी पूरी नहीं हुई: फिर से कॉपी या एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>{0} is not a zip file. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} zip फ़ाइल नहीं है। WhatsApp के &quot;Export chat&quot; से बनी .txt या .zip फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: &apos;{1}&apos; would expand {2} times. It was not opened.</source>
        <translation>{0} zip बम जैसी दिखती है: &apos;{1}&apos; {2} गुना फैल जाएगी। इसे खोला नहीं गया।</translation>
    </message>
    <message>
        <source>{0} is protected by a password. WhatsApp never does this: export the chat again, or unzip it with its password and import the .txt.</source>
        <translation>{0} पासवर्ड से सुरक्षित है। WhatsApp ऐसा कभी नहीं करता: चैट फिर से एक्सपोर्ट करें, या इसके पासवर्ड से अनज़िप करके .txt इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It was not opened.</source>
        <translation>{0} एक ज़िप बम जैसा लगता है: इसके {1} MB खुलकर {2} MB हो जाएँगे, जो किसी भी चैट एक्सपोर्ट से कहीं ज़्यादा है। इसे नहीं खोला गया।</translation>
    </message>
    <message>
        <source>{0} claims to hold {1} GB of files, more than any chat export; it was not opened.</source>
        <translation>{0} में {1} GB फ़ाइलें होने का दावा है, जो किसी भी चैट एक्सपोर्ट से ज़्यादा है; इसे खोला नहीं गया।</translation>
    </message>
    <message>
        <source>{0} holds no WhatsApp chat: no _chat.txt or &apos;WhatsApp Chat with …&apos; text file with messages was found in it.</source>
        <translation>{0} में कोई WhatsApp चैट नहीं है: इसमें कोई _chat.txt या मैसेज वाली &apos;WhatsApp Chat with …&apos; टेक्स्ट फ़ाइल नहीं मिली।</translation>
    </message>
    <message>
        <source>{0} is damaged: &apos;{1}&apos; cannot be read ({2}). Export the chat again.</source>
        <translation>{0} ख़राब है: &apos;{1}&apos; पढ़ी नहीं जा सकती ({2})। चैट फिर से एक्सपोर्ट करें।</translation>
    </message>
    <message>
        <source>{0} is protected by a password and cannot be read.</source>
        <translation>{0} पासवर्ड से सुरक्षित है और पढ़ी नहीं जा सकती।</translation>
    </message>
    <message>
        <source>it is more than {0} folders deep</source>
        <translation>यह {0} से ज़्यादा फ़ोल्डर गहराई में है</translation>
    </message>
    <message>
        <source>No chat in the folder {0} could be read: {1}</source>
        <translation>फ़ोल्डर {0} की कोई चैट पढ़ी नहीं जा सकी: {1}</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>और %n।</numerusform>
            <numerusform>और %n।</numerusform>
        </translation>
    </message>
    <message>
        <source>No WhatsApp chat export was found in the folder {0}. Choose the .txt or .zip files that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>फ़ोल्डर {0} में कोई WhatsApp चैट एक्सपोर्ट नहीं मिला। WhatsApp के &quot;Export chat&quot; से बनी .txt या .zip फ़ाइलें चुनें।</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true या false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>एक पूर्ण संख्या</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>उद्धरण चिह्नों में लिखा टेक्स्ट</translation>
    </message>
    <message>
        <source>The profile {0} does not exist.</source>
        <translation>प्रोफ़ाइल {0} मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The profile {0} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>प्रोफ़ाइल {0} UTF-8 टेक्स्ट नहीं है; इसे UTF-8 में दोबारा सेव करें।</translation>
    </message>
    <message>
        <source>The profile {0} cannot be read: {1}.</source>
        <translation>प्रोफ़ाइल {0} पढ़ी नहीं जा सकती: {1}।</translation>
    </message>
    <message>
        <source>The profile {0} is not valid TOML: {1}.</source>
        <translation>प्रोफ़ाइल {0} मान्य TOML नहीं है: {1}।</translation>
    </message>
    <message>
        <source>{0} = {1} must be {2}.</source>
        <translation>{0} = {1} {2} होना चाहिए।</translation>
    </message>
    <message>
        <source>[{0}] must be a section of settings (a TOML table).</source>
        <translation>[{0}] सेटिंग्स का एक सेक्शन (TOML टेबल) होना चाहिए।</translation>
    </message>
    <message>
        <source>Unknown setting(s) in [{0}]: {1}.</source>
        <translation>[{0}] में अज्ञात सेटिंग: {1}।</translation>
    </message>
    <message>
        <source>{0} = {1} cannot be negative.</source>
        <translation>{0} = {1} ऋणात्मक नहीं हो सकता।</translation>
    </message>
    <message>
        <source>[{0}] {1} = {2} is not one of: {3}.</source>
        <translation>[{0}] {1} = {2} इनमें से कोई नहीं है: {3}।</translation>
    </message>
    <message>
        <source>templates must be a list of [[templates]] sections.</source>
        <translation>templates को [[templates]] सेक्शनों की सूची होना चाहिए।</translation>
    </message>
    <message>
        <source>Unknown template setting(s): {0}.</source>
        <translation>अज्ञात टेम्पलेट सेटिंग: {0}।</translation>
    </message>
    <message>
        <source>[[templates]] {0}: header_format = {1} is not one of: {2}.</source>
        <translation>[[templates]] {0}: header_format = {1} इनमें से कोई नहीं है: {2}।</translation>
    </message>
    <message>
        <source>[[templates]] {0}: samples must be a list of texts.</source>
        <translation>[[templates]] {0}: samples टेक्स्ट की सूची होनी चाहिए।</translation>
    </message>
    <message>
        <source>[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.</source>
        <translation>[[templates]] {0}: buttons {{type = …, text = …}} प्रविष्टियों की सूची होनी चाहिए।</translation>
    </message>
    <message>
        <source>{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>{0} = {1} स्थानीय तारीख और समय होना चाहिए, YYYY-MM-DDTHH:MM रूप में।</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}</source>
        <translation>कुछ गड़बड़ हो गई: {0}: {1}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>यह मौजूद नहीं है</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>अनुमति नहीं मिली</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>डिस्क ने इनपुट/आउटपुट त्रुटि बताई</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>डिस्क भर गई है</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>डिस्क केवल पढ़ने के लिए है</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>नाम बहुत लंबा है</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>यह एक फ़ोल्डर है</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>पथ का एक हिस्सा फ़ोल्डर नहीं है</translation>
    </message>
    <message>
        <source>The archive&apos;s log says {0} was imported, but the archive does not hold it; import it again.</source>
        <translation>आर्काइव के लॉग के अनुसार {0} इम्पोर्ट हुआ था, लेकिन आर्काइव में वह नहीं है; उसे फिर से इम्पोर्ट करें।</translation>
    </message>
    <message>
        <source>The search index was not checked, because another import was running; verify again later.</source>
        <translation>सर्च इंडेक्स नहीं जाँचा गया, क्योंकि दूसरा इम्पोर्ट चल रहा था; बाद में फिर से जाँचें।</translation>
    </message>
    <message>
        <source>The search index was not checked, because the archive is on media that cannot be written.</source>
        <translation>सर्च इंडेक्स नहीं जाँचा गया, क्योंकि आर्काइव ऐसे मीडिया पर है जिस पर लिखा नहीं जा सकता।</translation>
    </message>
    <message>
        <source>This check was not recorded in the archive, because another import was running.</source>
        <translation>यह जाँच आर्काइव में दर्ज नहीं हुई, क्योंकि दूसरा इम्पोर्ट चल रहा था।</translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — %n में से {1} चैट में लिखा</numerusform>
            <numerusform>{0} — %n में से {1} चैट में लिखा</numerusform>
        </translation>
    </message>
    <message>
        <source>(probably you)</source>
        <translation>(शायद आप)</translation>
    </message>
    <message>
        <source>Give the chat a name.</source>
        <translation>चैट को एक नाम दें।</translation>
    </message>
    <message>
        <source>A chat name can have at most {0} characters.</source>
        <translation>चैट के नाम में ज़्यादा से ज़्यादा {0} अक्षर हो सकते हैं।</translation>
    </message>
    <message>
        <source>This chat is no longer in the archive.</source>
        <translation>यह चैट अब आर्काइव में नहीं है।</translation>
    </message>
    <message>
        <source>Another chat is already called “{0}”: choose another name.</source>
        <translation>दूसरी चैट का नाम पहले से “{0}” है: कोई दूसरा नाम चुनें।</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>मार्केटिंग (ऑफ़र, खबरें)</translation>
    </message>
    <message>
        <source>Utility (orders, appointments, account updates)</source>
        <translation>यूटिलिटी (ऑर्डर, अपॉइंटमेंट, अकाउंट अपडेट)</translation>
    </message>
    <message>
        <source>Authentication (one-time codes)</source>
        <translation>ऑथेंटिकेशन (एक बार के कोड)</translation>
    </message>
    <message>
        <source>Add a message template</source>
        <translation>मैसेज टेम्पलेट जोड़ें</translation>
    </message>
    <message>
        <source>Name (lower case, digits and _)</source>
        <translation>नाम (छोटे अक्षर, अंक और _)</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>भाषा कोड</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} is ready.</source>
        <translation>नमस्ते {{1}}, आपका ऑर्डर {{2}} तैयार है।</translation>
    </message>
    <message>
        <source>Examples, one per line</source>
        <translation>उदाहरण, हर लाइन में एक</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>जोड़ें</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>मैसेज में %n वेरिएबल है ({{1}}, {{2}}…): हर एक के लिए एक लाइन में एक उदाहरण दें।</numerusform>
            <numerusform>मैसेज में %n वेरिएबल हैं ({{1}}, {{2}}…): हर एक के लिए एक लाइन में एक उदाहरण दें।</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap Back up and copy the new file.</source>
        <translation>यह बैकअप एंड-टू-एंड एन्क्रिप्टेड है: wamigrate को वह 64 अंकों की की चाहिए जो एन्क्रिप्टेड बैकअप चालू करते समय WhatsApp ने दिखाई थी। अगर आपने पासवर्ड या पासकी चुनी थी, तो यह बैकअप कंप्यूटर पर नहीं खुल सकता: WhatsApp में सेटिंग्स ▸ चैट्स ▸ चैट बैकअप ▸ एंड-टू-एंड एन्क्रिप्टेड बैकअप पर जाएँ, इसे बंद करें, फिर “64-अंकों वाली एन्क्रिप्शन की इस्तेमाल करें” चुनकर दोबारा चालू करें, की लिख लें, फिर बैकअप लें और नई फ़ाइल कॉपी करें।</translation>
    </message>
    <message>
        <source>{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until the copy has finished, then add it again.</source>
        <translation>wamigrate के पढ़ते समय {0} बदल गई: शायद यह अभी भी फ़ोन से कॉपी हो रही है। कॉपी पूरी होने तक रुकें, फिर इसे दोबारा जोड़ें।</translation>
    </message>
    <message>
        <source>{0} is empty or far too short to be a WhatsApp backup.</source>
        <translation>{0} खाली है या WhatsApp बैकअप होने के लिए बहुत छोटी है।</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the phone&apos;s WhatsApp/Databases folder.</source>
        <translation>{0} ऐसा WhatsApp बैकअप नहीं है जिसे wamigrate पढ़ सके: फ़ोन के WhatsApp/Databases फ़ोल्डर से msgstore.db.crypt15 (या .crypt14) चुनें।</translation>
    </message>
    <message>
        <source>The key does not open {0}: check it against the key WhatsApp showed for this phone.</source>
        <translation>यह की {0} को नहीं खोलती: इसे उस की से मिलाएँ जो WhatsApp ने इस फ़ोन के लिए दिखाई थी।</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over USB, not through a messaging app, which may change it).</source>
        <translation>{0} खराब या अधूरी है: शायद कॉपी पूरी नहीं हुई। इसे फ़ोन से दोबारा कॉपी करें (USB से, किसी मैसेजिंग ऐप से नहीं, जो इसे बदल सकता है)।</translation>
    </message>
    <message>
        <source>{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 key file.</source>
        <translation>{0} एंड-टू-एंड एन्क्रिप्टेड बैकअप (.crypt15) है: यह 64 अंकों की की से खुलता है, crypt14 की फ़ाइल से नहीं।</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens with the phone&apos;s “key” file (readable only on a rooted phone), not with a 64-digit key.</source>
        <translation>{0} पुराना लोकल बैकअप (.crypt14) है: यह फ़ोन की “key” फ़ाइल से खुलता है (जो सिर्फ़ रूट किए गए फ़ोन पर पढ़ी जा सकती है), 64 अंकों की की से नहीं।</translation>
    </message>
    <message>
        <source>Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup.</source>
        <translation>वह 64 अंकों की की डालें जो एन्क्रिप्टेड बैकअप चालू करते समय WhatsApp ने दिखाई थी।</translation>
    </message>
    <message>
        <source>The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0).</source>
        <translation>की में सिर्फ़ अंक 0–9 और अक्षर a–f हो सकते हैं, पर इसमें {0} है। जो टाइप किया उसे WhatsApp की दिखाई की से मिलाएँ (अक्षर O इसमें कभी नहीं होता: वह अंक 0 है)।</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>की में %n अंक है; WhatsApp की बैकअप की में 64 होते हैं। देखें कि कोई छूटा या दोहराया तो नहीं।</numerusform>
            <numerusform>की में %n अंक हैं; WhatsApp की बैकअप की में 64 होते हैं। देखें कि कोई छूटा या दोहराया तो नहीं।</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: its contents are not a key.</source>
        <translation>{0} WhatsApp की की फ़ाइल नहीं है: इसमें कोई की नहीं है।</translation>
    </message>
    <message>
        <source>{0} is incomplete: copy the key file from the phone again.</source>
        <translation>{0} अधूरी है: की फ़ाइल फ़ोन से दोबारा कॉपी करें।</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: it is far too large.</source>
        <translation>{0} WhatsApp की की फ़ाइल नहीं है: यह बहुत बड़ी है।</translation>
    </message>
    <message>
        <source>{0} is empty: copy it from the phone again.</source>
        <translation>{0} खाली है: इसे फ़ोन से दोबारा कॉपी करें।</translation>
    </message>
    <message>
        <source>{0} is a file of WhatsApp&apos;s Google Drive backup, which can only be restored to a phone. Copy msgstore.db.crypt15 from the phone&apos;s WhatsApp/Databases folder instead.</source>
        <translation>{0} WhatsApp के Google Drive बैकअप की फ़ाइल है, जिसे सिर्फ़ फ़ोन पर रिस्टोर किया जा सकता है। इसकी जगह फ़ोन के WhatsApp/Databases फ़ोल्डर से msgstore.db.crypt15 कॉपी करें।</translation>
    </message>
    <message>
        <source>{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can be chosen here too.</source>
        <translation>{0} एक पुराना बैकअप है (.crypt12, 2021 से पहले के WhatsApp का), जिसे wamigrate नहीं खोलता। अगर फ़ोन में अभी भी WhatsApp है, तो फिर से बैकअप लें (सेटिंग्स ▸ चैट्स ▸ चैट बैकअप): नए बैकअप में वही इतिहास होता है, और wamigrate उसे खोलता है। किसी दूसरे टूल से पहले ही डिक्रिप्ट की गई कॉपी (msgstore.db) भी यहाँ चुनी जा सकती है।</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens only with the phone&apos;s “key” file, which can be copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open.</source>
        <translation>{0} पुराना लोकल बैकअप (.crypt14) है: यह सिर्फ़ फ़ोन की “key” फ़ाइल से खुलता है, जो रूट किए गए फ़ोन से कॉपी की जा सकती है। बिना रूट वाले फ़ोन पर 64 अंकों की की के साथ एंड-टू-एंड एन्क्रिप्टेड बैकअप चालू करें और दोबारा बैकअप लें: इससे .crypt15 फ़ाइल बनेगी जिसे wamigrate खोल सकता है।</translation>
    </message>
    <message>
        <source>{0} opened with the key, but what it holds is not a WhatsApp database.</source>
        <translation>{0} की से खुल गई, पर इसमें WhatsApp का डेटाबेस नहीं है।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>इस iPhone बैकअप में WhatsApp का डेटाबेस खराब है: कंप्यूटर पर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>WhatsApp is in this iPhone backup, but its chats are not: WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on, which keeps the chats out of the computer&apos;s backup. In WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the computer again.</source>
        <translation>WhatsApp इस iPhone बैकअप में है, पर उसकी चैट नहीं: शायद WhatsApp का अपना iCloud पर एंड-टू-एंड एन्क्रिप्टेड बैकअप चालू है, जो चैट को कंप्यूटर के बैकअप से बाहर रखता है। WhatsApp में सेटिंग्स ▸ चैट्स ▸ चैट बैकअप ▸ एंड-टू-एंड एन्क्रिप्टेड बैकअप पर जाकर उसे बंद करें, फिर कंप्यूटर पर iPhone का बैकअप दोबारा लें।</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.</source>
        <translation>इस iPhone बैकअप में WhatsApp Business नहीं है: इसकी जगह WhatsApp चुनें, या कोई दूसरा बैकअप।</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in Finder, iTunes or the Apple Devices app.</source>
        <translation>इस iPhone बैकअप में WhatsApp नहीं है: उस iPhone का बैकअप चुनें जिसमें WhatsApp है, या Finder, iTunes या Apple Devices ऐप में एक बनाएँ।</translation>
    </message>
    <message>
        <source>The group name was changed.</source>
        <translation>ग्रुप का नाम बदला गया।</translation>
    </message>
    <message>
        <source>A member was added to the group.</source>
        <translation>एक सदस्य को ग्रुप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>A member left the group.</source>
        <translation>एक सदस्य ने ग्रुप छोड़ा।</translation>
    </message>
    <message>
        <source>The group icon was changed.</source>
        <translation>ग्रुप का आइकन बदला गया।</translation>
    </message>
    <message>
        <source>You were removed from the group.</source>
        <translation>आपको ग्रुप से हटा दिया गया।</translation>
    </message>
    <message>
        <source>A member changed their phone number.</source>
        <translation>एक सदस्य ने अपना फ़ोन नंबर बदला।</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>ग्रुप बनाया गया।</translation>
    </message>
    <message>
        <source>Members were added to the group.</source>
        <translation>सदस्यों को ग्रुप में जोड़ा गया।</translation>
    </message>
    <message>
        <source>A member was removed from the group.</source>
        <translation>एक सदस्य को ग्रुप से हटाया गया।</translation>
    </message>
    <message>
        <source>A member was made a group admin.</source>
        <translation>एक सदस्य को ग्रुप एडमिन बनाया गया।</translation>
    </message>
    <message>
        <source>The security code changed.</source>
        <translation>सुरक्षा कोड बदल गया।</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted.</source>
        <translation>मैसेज और कॉल एंड-टू-एंड एन्क्रिप्टेड हैं।</translation>
    </message>
    <message>
        <source>A member joined with the group&apos;s invite link.</source>
        <translation>एक सदस्य ग्रुप के इनवाइट लिंक से जुड़ा।</translation>
    </message>
    <message>
        <source>The group description was changed.</source>
        <translation>ग्रुप का विवरण बदला गया।</translation>
    </message>
    <message>
        <source>This is an official business account.</source>
        <translation>यह एक आधिकारिक बिज़नेस अकाउंट है।</translation>
    </message>
    <message>
        <source>This account changed from a business account to a standard one.</source>
        <translation>यह अकाउंट बिज़नेस अकाउंट से सामान्य अकाउंट में बदल गया।</translation>
    </message>
    <message>
        <source>The disappearing messages setting was changed.</source>
        <translation>गायब होने वाले मैसेज की सेटिंग बदली गई।</translation>
    </message>
    <message>
        <source>The contact was blocked or unblocked.</source>
        <translation>कॉन्टैक्ट को ब्लॉक या अनब्लॉक किया गया।</translation>
    </message>
    <message>
        <source>media files and captions</source>
        <translation>मीडिया फ़ाइलें और कैप्शन</translation>
    </message>
    <message>
        <source>which message a reply quotes</source>
        <translation>कोई जवाब किस संदेश को उद्धृत करता है</translation>
    </message>
    <message>
        <source>shared locations</source>
        <translation>साझा की गई लोकेशन</translation>
    </message>
    <message>
        <source>group and chat notices</source>
        <translation>ग्रुप और चैट की सूचनाएँ</translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation>संपर्क कार्ड</translation>
    </message>
    <message>
        <source>{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose “Import what can be read”, or update wamigrate first.</source>
        <translation>{0} में संदेश हैं, लेकिन डेटाबेस के वे हिस्से नहीं हैं जिनमें {1} उस रूप में रहते हैं जैसा wamigrate जानता है (इस wamigrate से नया WhatsApp संस्करण?)। संदेश उनके बिना आयात किए जा सकते हैं: “जो पढ़ा जा सके वह आयात करें” चुनें, या पहले wamigrate अपडेट करें।</translation>
    </message>
    <message>
        <source>This is wa.db, WhatsApp&apos;s contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.</source>
        <translation>यह wa.db है, WhatsApp की संपर्क सूची: मैसेज के लिए msgstore.db (या msgstore.db.crypt15) चुनें।</translation>
    </message>
    <message>
        <source>This is an iPhone&apos;s ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.</source>
        <translation>यह iPhone का ChatStorage.sqlite है: इसे iPhone बैकअप से पढ़ा जाता है, Android बैकअप की तरह नहीं।</translation>
    </message>
    <message>
        <source>This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.</source>
        <translation>यह ऐसा WhatsApp मैसेज डेटाबेस नहीं है जिसे wamigrate पढ़ सके: इसमें इस्तेमाल लायक {0} टेबल नहीं है।</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>अज्ञात सदस्य</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n मिनट</numerusform>
            <numerusform>%n मिनट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n सेकंड</numerusform>
            <numerusform>%n सेकंड</numerusform>
        </translation>
    </message>
    <message>
        <source>Video call, {0}</source>
        <translation>वीडियो कॉल, {0}</translation>
    </message>
    <message>
        <source>Voice call, {0}</source>
        <translation>वॉइस कॉल, {0}</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <translation>वीडियो कॉल, कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <translation>वॉइस कॉल, कोई जवाब नहीं</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>मिस्ड वीडियो कॉल</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>मिस्ड वॉइस कॉल</translation>
    </message>
    <message>
        <source>A member joined the group.</source>
        <translation>एक सदस्य समूह में शामिल हुआ।</translation>
    </message>
    <message>
        <source>The group icon was removed.</source>
        <translation>समूह का आइकन हटा दिया गया।</translation>
    </message>
    <message>
        <source>media files, captions, locations and contact cards</source>
        <translation>मीडिया फ़ाइलें, कैप्शन, लोकेशन और संपर्क कार्ड</translation>
    </message>
    <message>
        <source>who wrote each group message</source>
        <translation>ग्रुप का हर संदेश किसने लिखा</translation>
    </message>
    <message>
        <source>This is an Android phone&apos;s msgstore.db: add it as an Android backup, not from an iPhone backup.</source>
        <translation>यह किसी Android फ़ोन का msgstore.db है: इसे Android बैकअप के रूप में जोड़ें, iPhone बैकअप से नहीं।</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable {0} table): update wamigrate, or tell us the WhatsApp version.</source>
        <translation>इस iPhone बैकअप में WhatsApp के ChatStorage.sqlite की बनावट wamigrate नहीं जानता (कोई उपयोगी {0} तालिका नहीं): wamigrate अपडेट करें, या हमें WhatsApp का संस्करण बताएँ।</translation>
    </message>
    <message>
        <source>[a kind of message wamigrate does not know yet (type {0})]</source>
        <translation>[ऐसा मैसेज जिसे wamigrate अभी नहीं पहचानता (टाइप {0})]</translation>
    </message>
    <message>
        <source>Waiting for this message.</source>
        <translation>इस मैसेज का इंतज़ार है।</translation>
    </message>
    <message>
        <source>[a chat notice wamigrate does not know yet (number {0})]</source>
        <translation>[एक चैट सूचना जिसे wamigrate अभी नहीं जानता (संख्या {0})]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>मैं</translation>
    </message>
    <message>
        <source>{0} is not a folder: choose the phone&apos;s WhatsApp “Media” folder.</source>
        <translation>{0} फ़ोल्डर नहीं है: फ़ोन का WhatsApp “Media” फ़ोल्डर चुनें।</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>आर्काइव वाली डिस्क में {0} MB खाली है, और इन मीडिया फ़ाइलों को {1} MB चाहिए। उस डिस्क पर जगह खाली करें (या आर्काइव को बड़ी डिस्क पर ले जाएँ) और फिर से इम्पोर्ट करें; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} पढ़ी नहीं जा सकी: {1}</translation>
    </message>
    <message>
        <source>{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.</source>
        <translation>{0} ऐसी कॉन्टैक्ट फ़ाइल नहीं है जिसे wamigrate पढ़ता है: wa.db, .vcf या .csv फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>{0} holds no names with phone numbers.</source>
        <translation>{0} में फ़ोन नंबर के साथ कोई नाम नहीं है।</translation>
    </message>
    <message>
        <source>{0} is not WhatsApp&apos;s wa.db: it has no contacts table.</source>
        <translation>{0} WhatsApp का wa.db नहीं है: इसमें कॉन्टैक्ट की टेबल नहीं है।</translation>
    </message>
    <message>
        <source>{0} could not be read as WhatsApp&apos;s wa.db: {1}</source>
        <translation>{0} को WhatsApp के wa.db के रूप में पढ़ा नहीं जा सका: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The phone&apos;s backup&lt;/b&gt; opens with the 64-digit key WhatsApp showed when you turned on the end-to-end encrypted backup.</source>
        <translation>&lt;b&gt;फ़ोन का बैकअप&lt;/b&gt; उस 64 अंकों की की से खुलता है जो WhatsApp ने एंड-टू-एंड एन्क्रिप्टेड बैकअप चालू करते समय दिखाई थी।</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>की</translation>
    </message>
    <message>
        <source>The backup&apos;s 64-digit key</source>
        <translation>बैकअप की 64 अंकों की की</translation>
    </message>
    <message>
        <source>64 digits and letters a–f; spaces do not matter</source>
        <translation>64 अंक और अक्षर a–f; स्पेस से फ़र्क नहीं पड़ता</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>की फ़ाइल…</translation>
    </message>
    <message>
        <source>Use a file holding the key (or a rooted phone&apos;s key file)</source>
        <translation>की वाली फ़ाइल इस्तेमाल करें (या रूट किए फ़ोन की key फ़ाइल)</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>की की जाँच</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s contacts (.vcf or .csv) show customers by name.</source>
        <translation>वैकल्पिक: फ़ोन के कॉन्टैक्ट (.vcf या .csv) ग्राहकों को नाम से दिखाते हैं।</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>कॉन्टैक्ट…</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s WhatsApp “Media” folder, copied over USB.</source>
        <translation>वैकल्पिक: फ़ोन का WhatsApp “Media” फ़ोल्डर, USB से कॉपी किया गया।</translation>
    </message>
    <message>
        <source>Media folder…</source>
        <translation>मीडिया फ़ोल्डर…</translation>
    </message>
    <message>
        <source>Type the 64-digit key, or choose the key file.</source>
        <translation>64 अंकों की की टाइप करें, या की फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>Key from {0}.</source>
        <translation>{0} से की।</translation>
    </message>
    <message>
        <source>The key has 64 digits.</source>
        <translation>की में 64 अंक हैं।</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>की फ़ाइल चुनें</translation>
    </message>
    <message>
        <source>Names from {0}.</source>
        <translation>{0} से नाम।</translation>
    </message>
    <message>
        <source>Media from {0}.</source>
        <translation>{0} से मीडिया।</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s contacts</source>
        <translation>फ़ोन के कॉन्टैक्ट चुनें</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>कॉन्टैक्ट</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s WhatsApp Media folder</source>
        <translation>फ़ोन का WhatsApp Media फ़ोल्डर चुनें</translation>
    </message>
    <message>
        <source>This advice is as of {0}, more than six months ago: Meta&apos;s rules may have changed since. Install the latest wamigrate, which ships the newest rules, and check each finding&apos;s source and its date.</source>
        <translation>यह सलाह {0} की है, छह महीने से ज़्यादा पहले की: तब से Meta के नियम बदल चुके हो सकते हैं। नवीनतम wamigrate इंस्टॉल करें, जिसमें सबसे नए नियम हैं, और हर निष्कर्ष का स्रोत और उसकी तारीख जाँचें।</translation>
    </message>
    <message>
        <source>Advice as of {0}; each rule gives its source and the source&apos;s date.</source>
        <translation>{0} तक की सलाह; हर नियम अपना स्रोत और स्रोत की तारीख बताता है।</translation>
    </message>
    <message>
        <source>Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent there) per message, at the customer&apos;s country&apos;s rate; providers report the first {0} a month per number free. Without a payment method, the messages past that are not delivered, although the API reports success.</source>
        <translation>1 अक्टूबर 2026 से Meta 24 घंटे की विंडो के भीतर भेजे गए जवाबों (और वहाँ भेजे यूटिलिटी टेम्पलेट) पर ग्राहक के देश की दर से प्रति संदेश शुल्क लेता है; प्रदाताओं के अनुसार हर नंबर पर महीने के पहले {0} मुफ़्त हैं। भुगतान के तरीके के बिना इसके बाद के संदेश नहीं पहुँचते, जबकि API सफलता बताता है।</translation>
    </message>
    <message>
        <source>Your archive shows about {0} replies a month sent within 24 hours of a customer&apos;s message.</source>
        <translation>आपका संग्रह दिखाता है कि ग्राहक के संदेश के 24 घंटे के भीतर हर महीने लगभग {0} जवाब भेजे गए।</translation>
    </message>
    <message>
        <source>is a payment method on file (with Meta or with the provider)?</source>
        <translation>क्या भुगतान का तरीका दर्ज है (Meta में या प्रदाता के पास)?</translation>
    </message>
    <message>
        <source>A payment method is on file.</source>
        <translation>भुगतान का तरीका दर्ज है।</translation>
    </message>
    <message>
        <source>About {0} of them a month would be charged.</source>
        <translation>इनमें से हर महीने लगभग {0} पर शुल्क लगेगा।</translation>
    </message>
    <message>
        <source>Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.</source>
        <translation>कट-ओवर से पहले WhatsApp Manager में (या प्रदाता के पास) भुगतान का तरीका जोड़ें।</translation>
    </message>
    <message>
        <source>No payment method on file.</source>
        <translation>कोई भुगतान तरीका दर्ज नहीं है।</translation>
    </message>
    <message>
        <source>That is within the free allowance for now.</source>
        <translation>फ़िलहाल यह मुफ़्त सीमा के भीतर है।</translation>
    </message>
    <message>
        <source>Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent outside the 24-hour window, is charged per message at the rate of the customer&apos;s country; Meta changes the rates each quarter.</source>
        <translation>1 जुलाई 2025 से हर पहुँचा मार्केटिंग या प्रमाणीकरण टेम्पलेट, और 24 घंटे की विंडो के बाहर भेजा हर यूटिलिटी टेम्पलेट, ग्राहक के देश की दर से प्रति संदेश शुल्क पर है; Meta हर तिमाही दरें बदलता है।</translation>
    </message>
    <message>
        <source>Good to know for the first days after the cut-over.</source>
        <translation>कट-ओवर के बाद के पहले दिनों के लिए जानना अच्छा है।</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>कट-ओवर के बाद %n ग्राहक तक पहुँचने के लिए टेम्पलेट चाहिए होगा</numerusform>
            <numerusform>कट-ओवर के बाद %n ग्राहकों तक पहुँचने के लिए टेम्पलेट चाहिए होगा</numerusform>
        </translation>
    </message>
    <message>
        <source>One template each would cost about {0} {1:,.2f} at Meta&apos;s rates of {2} (estimate).</source>
        <translation>हर एक को एक टेम्पलेट भेजने में {2} की Meta दरों पर लगभग {0} {1:,.2f} लगेंगे (अनुमान)।</translation>
    </message>
    <message>
        <source>Ask the provider for the current rate of each of these countries before the cut-over.</source>
        <translation>कट-ओवर से पहले प्रदाता से इनमें से हर देश की मौजूदा दर पूछें।</translation>
    </message>
    <message>
        <source>Good to know if you advertise.</source>
        <translation>अगर आप विज्ञापन देते हैं तो जानना अच्छा है।</translation>
    </message>
    <message>
        <source>When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 hours, every message for the next 72 hours is free, templates included: the cheapest way to reach customers again after the cut-over.</source>
        <translation>जब कोई ग्राहक क्लिक-टू-WhatsApp विज्ञापन या Facebook पेज बटन से लिखता है और आप 24 घंटे के भीतर जवाब देते हैं, तो अगले 72 घंटों का हर संदेश मुफ़्त है, टेम्पलेट सहित: कट-ओवर के बाद ग्राहकों तक फिर पहुँचने का सबसे सस्ता तरीका।</translation>
    </message>
    <message>
        <source>Meta reviews a template&apos;s category when it is used, not only when it is approved: a utility template that promotes is charged as marketing (several times the price) and counts against the marketing caps.</source>
        <translation>Meta टेम्पलेट की श्रेणी उसके इस्तेमाल के समय भी जाँचता है, सिर्फ़ स्वीकृति के समय नहीं: प्रचार करने वाले यूटिलिटी टेम्पलेट पर मार्केटिंग का शुल्क (कई गुना) लगता है और वह मार्केटिंग सीमा में गिना जाता है।</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion: {0}.</source>
        <translation>प्रचार जैसे लगने वाले यूटिलिटी टेम्पलेट: {0}।</translation>
    </message>
    <message>
        <source>Keep utility templates to the order, booking or account they are about; send offers as marketing.</source>
        <translation>यूटिलिटी टेम्पलेट को उसी ऑर्डर, बुकिंग या खाते तक सीमित रखें जिसके बारे में वे हैं; ऑफ़र मार्केटिंग के रूप में भेजें।</translation>
    </message>
    <message>
        <source>No utility template reads as promotion.</source>
        <translation>कोई यूटिलिटी टेम्पलेट प्रचार जैसा नहीं लगता।</translation>
    </message>
    <message>
        <source>Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop marketing messages without blocking you (error 131050).</source>
        <translation>EEA, ब्रिटेन, जापान और दक्षिण कोरिया के बाहर Meta सीमित करता है कि एक व्यक्ति सभी व्यवसायों से कितने मार्केटिंग टेम्पलेट पाए; सीमा से ऊपर वाला नहीं पहुँचता (त्रुटि 131049), और ग्राहक आपको ब्लॉक किए बिना मार्केटिंग संदेश बंद कर सकता है (त्रुटि 131050)।</translation>
    </message>
    <message>
        <source>Good to know before sending marketing templates.</source>
        <translation>मार्केटिंग टेम्पलेट भेजने से पहले जानना अच्छा है।</translation>
    </message>
    <message>
        <source>{0} of your {1} customers with a known country ({2} %) are where the caps apply.</source>
        <translation>ज्ञात देश वाले आपके {1} ग्राहकों में से {0} ({2} %) वहाँ हैं जहाँ सीमाएँ लागू हैं।</translation>
    </message>
    <message>
        <source>Providers report that authentication templates can be sent only by a verified business whose messaging limit has reached 2,000; Meta&apos;s pages do not say so.</source>
        <translation>प्रदाताओं के अनुसार प्रमाणीकरण टेम्पलेट केवल वही सत्यापित व्यवसाय भेज सकता है जिसकी मैसेजिंग सीमा 2,000 तक पहुँच गई हो; Meta के पेज ऐसा नहीं कहते।</translation>
    </message>
    <message>
        <source>No authentication templates.</source>
        <translation>कोई प्रमाणीकरण टेम्पलेट नहीं।</translation>
    </message>
    <message>
        <source>The business is verified: it can send authentication templates.</source>
        <translation>व्यवसाय सत्यापित है: यह प्रमाणीकरण टेम्पलेट भेज सकता है।</translation>
    </message>
    <message>
        <source>Authentication templates ({0}), but the business is not verified.</source>
        <translation>प्रमाणीकरण टेम्पलेट ({0}), लेकिन व्यवसाय सत्यापित नहीं है।</translation>
    </message>
    <message>
        <source>Complete business verification before you rely on codes sent over WhatsApp.</source>
        <translation>WhatsApp से भेजे कोड पर निर्भर होने से पहले व्यवसाय सत्यापन पूरा करें।</translation>
    </message>
    <message>
        <source>Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs keyed on phone numbers, this archive included, cannot match such customers by themselves.</source>
        <translation>2026 से ग्राहक WhatsApp यूज़रनेम चुन सकते हैं; तब व्यवसाय को व्यवसाय-विशिष्ट यूज़र ID मिलती है, और फ़ोन नंबर तभी जब उसने पिछले 30 दिनों में ग्राहक को संदेश या कॉल किया हो। फ़ोन नंबर पर आधारित इतिहास और CRM, यह संग्रह भी, ऐसे ग्राहकों को अपने आप नहीं पहचान सकते।</translation>
    </message>
    <message>
        <source>Export the customer list (name, number, first and last message) and give it to the provider&apos;s inbox or CRM, so it can join a new conversation to its history; ask it how it handles customers without a number.</source>
        <translation>ग्राहक सूची (नाम, नंबर, पहला और आखिरी संदेश) निर्यात करें और प्रदाता के इनबॉक्स या CRM को दें, ताकि वह नई बातचीत को उसके इतिहास से जोड़ सके; पूछें कि वह बिना नंबर वाले ग्राहकों को कैसे संभालता है।</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>%n ग्राहक ने कट-ओवर से पहले के 30 दिनों में न लिखा, न उसे लिखा गया।</numerusform>
            <numerusform>%n ग्राहकों ने कट-ओवर से पहले के 30 दिनों में न लिखा, न उन्हें लिखा गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer in the archive was in touch in the last 30 days.</source>
        <translation>संग्रह के हर ग्राहक से पिछले 30 दिनों में संपर्क हुआ।</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to a notable, verified business with two-step verification on, after 30 days on the Platform, never to a Business-app number. Meta Verified for Business is a separate paid subscription.</source>
        <translation>नीला चेकमार्क (आधिकारिक व्यावसायिक खाता) इस बदलाव से न साथ आता है न मिलता है: Meta इसे प्लैटफ़ॉर्म पर 30 दिन बाद, दो-चरणीय सत्यापन चालू वाले जाने-माने सत्यापित व्यवसाय को देता है, Business-ऐप नंबर को कभी नहीं। Meta Verified for Business एक अलग सशुल्क सदस्यता है।</translation>
    </message>
    <message>
        <source>A coexistence number cannot get the blue check.</source>
        <translation>सह-अस्तित्व वाले नंबर को नीला चेकमार्क नहीं मिल सकता।</translation>
    </message>
    <message>
        <source>Good to know if you expect the blue check.</source>
        <translation>अगर आप नीले चेकमार्क की उम्मीद करते हैं तो जानना अच्छा है।</translation>
    </message>
    <message>
        <source>A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of 2,000; then 20.</source>
        <translation>बिज़नेस पोर्टफ़ोलियो सत्यापित होने या 2,000 की मैसेजिंग सीमा तक पहुँचने तक 2 फ़ोन नंबर पंजीकृत कर सकता है; फिर 20।</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>Meta इस खाते में पहले से %n नंबर दिखाता है; व्यवसाय सत्यापित नहीं है।</numerusform>
            <numerusform>Meta इस खाते में पहले से %n नंबर दिखाता है; व्यवसाय सत्यापित नहीं है।</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business first, or remove a number you no longer use.</source>
        <translation>पहले व्यवसाय सत्यापित करें, या ऐसा नंबर हटाएँ जिसे आप अब इस्तेमाल नहीं करते।</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>Meta इस खाते में %n नंबर दिखाता है।</numerusform>
            <numerusform>Meta इस खाते में %n नंबर दिखाता है।</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, unverified business portfolio: it can register 2 numbers.</source>
        <translation>नया, असत्यापित बिज़नेस पोर्टफ़ोलियो: यह 2 नंबर पंजीकृत कर सकता है।</translation>
    </message>
    <message>
        <source>Register this number first; verify the business before adding a test or branch number.</source>
        <translation>पहले यह नंबर पंजीकृत करें; टेस्ट या शाखा नंबर जोड़ने से पहले व्यवसाय सत्यापित करें।</translation>
    </message>
    <message>
        <source>The number cap does not stand in the way.</source>
        <translation>नंबरों की सीमा रुकावट नहीं है।</translation>
    </message>
    <message>
        <source>Reminder for the day the number is registered.</source>
        <translation>नंबर पंजीकृत होने के दिन के लिए याद दिलाना।</translation>
    </message>
    <message>
        <source>A number still registered to another provider&apos;s app shows “already registered to a partner app” until that app deregisters it; a banned number must be unbanned first; a number with paid messages in the last 30 days cannot be deleted from its WhatsApp Business Account.</source>
        <translation>किसी दूसरे प्रदाता के ऐप में अब भी पंजीकृत नंबर पर “already registered to a partner app” दिखता है जब तक वह ऐप उसका पंजीकरण न हटाए; प्रतिबंधित नंबर से पहले प्रतिबंध हटवाना होगा; पिछले 30 दिनों में सशुल्क संदेश वाले नंबर को उसके WhatsApp Business खाते से हटाया नहीं जा सकता।</translation>
    </message>
    <message>
        <source>Ask the previous provider to deregister the number before the cut-over day.</source>
        <translation>कट-ओवर के दिन से पहले पिछले प्रदाता से नंबर का पंजीकरण हटाने को कहें।</translation>
    </message>
    <message>
        <source>Under coexistence the Business app must stay on the same phone and be opened at least every 13 days (weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and providers report it cannot use the Marketing Messages API either. Messages received before onboarding do not open a window on the API: the first API reply to them must be a template.</source>
        <translation>सह-अस्तित्व में Business ऐप उसी फ़ोन पर रहना चाहिए और कम से कम हर 13 दिन में खोला जाना चाहिए (हर हफ़्ते ज़्यादा सुरक्षित), वरना API वाला हिस्सा डिस्कनेक्ट हो जाता है; गायब होने वाले संदेश, एक बार देखें और लाइव लोकेशन बंद हो जाते हैं और ब्रॉडकास्ट सूचियाँ केवल पढ़ने योग्य हो जाती हैं; नंबर Calling या Groups API इस्तेमाल नहीं कर सकता, और प्रदाताओं के अनुसार Marketing Messages API भी नहीं। ऑनबोर्डिंग से पहले मिले संदेश API पर विंडो नहीं खोलते: उनका पहला API जवाब टेम्पलेट होना चाहिए।</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>%n चैट गायब होने वाले संदेश इस्तेमाल करती है, जो बंद हो जाएँगे।</numerusform>
            <numerusform>%n चैट गायब होने वाले संदेश इस्तेमाल करती हैं, जो बंद हो जाएँगे।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>%n ग्राहक ने कट-ओवर से पहले के 24 घंटों में लिखा: उसे ऐप से जवाब दें, या API से टेम्पलेट के साथ।</numerusform>
            <numerusform>%n ग्राहकों ने कट-ओवर से पहले के 24 घंटों में लिखा: उन्हें ऐप से जवाब दें, या API से टेम्पलेट के साथ।</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the staff; keep the phone with the app, and open the app at least once a week.</source>
        <translation>स्टाफ़ को बताएँ; ऐप वाला फ़ोन रखें, और ऐप हफ़्ते में कम से कम एक बार खोलें।</translation>
    </message>
    <message>
        <source>Nothing in the archive is affected; the conditions below still apply.</source>
        <translation>संग्रह में कुछ भी प्रभावित नहीं है; नीचे की शर्तें फिर भी लागू हैं।</translation>
    </message>
    <message>
        <source>Worth checking before you move.</source>
        <translation>बदलाव से पहले जाँचने लायक।</translation>
    </message>
    <message>
        <source>Since October 2026 one number can have a Messaging account with each of several partners, and Conversation Routing decides which of them receives each conversation: to add a provider beside the current one (an AI agent beside a helpdesk, say), the number may not need to move.</source>
        <translation>अक्टूबर 2026 से एक नंबर के कई पार्टनरों में से हर एक के साथ Messaging खाता हो सकता है, और Conversation Routing तय करता है कि कौन-सी बातचीत किसे मिले: मौजूदा प्रदाता के साथ दूसरा जोड़ने के लिए (जैसे हेल्पडेस्क के साथ AI एजेंट), शायद नंबर बदलने की ज़रूरत न हो।</translation>
    </message>
    <message>
        <source>Meta moves a number to another provider only for a verified business portfolio with a payment method, an approved display name and no pending name change; test numbers cannot be moved.</source>
        <translation>Meta नंबर को दूसरे प्रदाता पर तभी ले जाता है जब बिज़नेस पोर्टफ़ोलियो सत्यापित हो, भुगतान का तरीका हो, डिस्प्ले नाम स्वीकृत हो और कोई नाम बदलाव लंबित न हो; टेस्ट नंबर नहीं ले जाए जा सकते।</translation>
    </message>
    <message>
        <source>is the business verified, and is a payment method on file?</source>
        <translation>क्या व्यवसाय सत्यापित है, और क्या भुगतान का तरीका दर्ज है?</translation>
    </message>
    <message>
        <source>the business is not verified</source>
        <translation>व्यवसाय सत्यापित नहीं है</translation>
    </message>
    <message>
        <source>no payment method is on file</source>
        <translation>कोई भुगतान तरीका दर्ज नहीं है</translation>
    </message>
    <message>
        <source>Complete business verification and add a payment method in WhatsApp Manager before the move.</source>
        <translation>बदलाव से पहले व्यवसाय सत्यापन पूरा करें और WhatsApp Manager में भुगतान का तरीका जोड़ें।</translation>
    </message>
    <message>
        <source>The business is verified and has a payment method.</source>
        <translation>व्यवसाय सत्यापित है और उसके पास भुगतान का तरीका है।</translation>
    </message>
    <message>
        <source>Category: a general-purpose AI assistant.</source>
        <translation>श्रेणी: सामान्य-उद्देश्य AI सहायक।</translation>
    </message>
    <message>
        <source>Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main service is a general-purpose AI assistant to use the Platform; an ordinary business&apos;s customer-service bot is still allowed.</source>
        <translation>15 जनवरी 2026 से WhatsApp Business Solution शर्तें उन व्यवसायों को प्लैटफ़ॉर्म इस्तेमाल करने नहीं देतीं जिनकी मुख्य सेवा सामान्य-उद्देश्य AI सहायक है; सामान्य व्यवसाय का ग्राहक-सेवा बॉट अब भी अनुमत है।</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration; ask Meta or the provider before planning the move.</source>
        <translation>यह कॉन्फ़िगरेशन से ठीक नहीं हो सकता; बदलाव की योजना से पहले Meta या प्रदाता से पूछें।</translation>
    </message>
    <message>
        <source>The business is not a general-purpose AI assistant.</source>
        <translation>व्यवसाय सामान्य-उद्देश्य AI सहायक नहीं है।</translation>
    </message>
    <message>
        <source>The customer list could not be written to {0}: {1}.</source>
        <translation>ग्राहक सूची {0} में नहीं लिखी जा सकी: {1}।</translation>
    </message>
    <message>
        <source>Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at most 8 people; messages in them cannot be edited or deleted.</source>
        <translation>आंशिक रूप से सच। Groups API सत्यापित ब्रांड खाते (आधिकारिक व्यावसायिक खाता) को अधिकतम 8 लोगों के समूह बनाने देता है; उनके संदेश संपादित या हटाए नहीं जा सकते।</translation>
    </message>
    <message>
        <source>Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries.</source>
        <translation>आंशिक रूप से सच। Calling API WhatsApp कॉल लेता और करता है, लेकिन केवल प्रदाता के कॉलिंग इंटीग्रेशन और 2,000 या अधिक की मैसेजिंग सीमा के साथ; कुछ देशों में ग्राहकों को कॉल करना उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>True for a full migration: deleting the app account loses every conversation the phone holds. Back every chat up first, as this assistant does.</source>
        <translation>पूरी माइग्रेशन के लिए सच: ऐप खाता हटाने से फ़ोन की हर बातचीत खो जाती है। पहले हर चैट का बैकअप लें, जैसा यह सहायक करता है।</translation>
    </message>
    <message>
        <source>There are no groups on the API.</source>
        <translation>API पर समूह नहीं होते।</translation>
    </message>
    <message>
        <source>True for a coexistence number: groups stay in the Business app; the Groups API is not offered to Business-app numbers.</source>
        <translation>सह-अस्तित्व वाले नंबर के लिए सच: समूह Business ऐप में रहते हैं; Groups API Business-ऐप नंबरों को नहीं मिलता।</translation>
    </message>
    <message>
        <source>Meta, “Groups API”</source>
        <translation>Meta, “Groups API”</translation>
    </message>
    <message>
        <source>You cannot call or be called on the API.</source>
        <translation>API पर न कॉल कर सकते हैं न कॉल आ सकती है।</translation>
    </message>
    <message>
        <source>For a coexistence number calls stay in the Business app: the Calling API is not offered under coexistence.</source>
        <translation>सह-अस्तित्व वाले नंबर के लिए कॉल Business ऐप में रहती हैं: सह-अस्तित्व में Calling API उपलब्ध नहीं है।</translation>
    </message>
    <message>
        <source>Meta, “Calling API” (generally available since 15 Jul 2025)</source>
        <translation>Meta, “Calling API” (15 जुलाई 2025 से सबके लिए उपलब्ध)</translation>
    </message>
    <message>
        <source>Reactions do not work on the API.</source>
        <translation>API पर प्रतिक्रियाएँ काम नहीं करतीं।</translation>
    </message>
    <message>
        <source>No longer true: the API receives customers&apos; reactions and can send its own.</source>
        <translation>अब सच नहीं: API ग्राहकों की प्रतिक्रियाएँ पाता है और अपनी भी भेज सकता है।</translation>
    </message>
    <message>
        <source>Meta, “Send messages” (reaction messages)</source>
        <translation>Meta, “Send messages” (प्रतिक्रिया संदेश)</translation>
    </message>
    <message>
        <source>You cannot reply to a particular message (threaded replies).</source>
        <translation>किसी खास संदेश का जवाब नहीं दे सकते (थ्रेड वाले जवाब)।</translation>
    </message>
    <message>
        <source>No longer true: a message sent through the API can quote the customer&apos;s message it answers, and customers&apos; replies say which message they quote.</source>
        <translation>अब सच नहीं: API से भेजा संदेश उस ग्राहक संदेश को उद्धृत कर सकता है जिसका वह जवाब है, और ग्राहकों के जवाब बताते हैं कि वे किस संदेश को उद्धृत करते हैं।</translation>
    </message>
    <message>
        <source>Meta, “Send messages”</source>
        <translation>Meta, “Send messages”</translation>
    </message>
    <message>
        <source>Chat history does not move to the API.</source>
        <translation>चैट इतिहास API पर नहीं जाता।</translation>
    </message>
    <message>
        <source>Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no groups; media only from the last 14 days), once, within 24 hours of onboarding.</source>
        <translation>सह-अस्तित्व में आंशिक रूप से सच: प्रदाता ऑनबोर्डिंग के 24 घंटे के भीतर एक बार 6 महीने तक की एक-से-एक चैट कॉपी कर सकता है (समूह नहीं; मीडिया केवल पिछले 14 दिनों का)।</translation>
    </message>
    <message>
        <source>For a move between providers Meta moves the number, not the conversations kept by the old provider: ask it for an export of its history.</source>
        <translation>प्रदाता बदलते समय Meta नंबर ले जाता है, पुराने प्रदाता के पास रखी बातचीत नहीं: उससे उसके इतिहास का निर्यात माँगें।</translation>
    </message>
    <message>
        <source>Meta, “Onboard WhatsApp Business app users”</source>
        <translation>Meta, “Onboard WhatsApp Business app users”</translation>
    </message>
    <message>
        <source>Answering within 24 hours is free.</source>
        <translation>24 घंटे के भीतर जवाब देना मुफ़्त है।</translation>
    </message>
    <message>
        <source>No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at the customer&apos;s country&apos;s rate past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still opens 72 free hours.</source>
        <translation>1 अक्टूबर 2026 से अब सच नहीं: 24 घंटे की विंडो के भीतर के जवाबों पर मासिक मुफ़्त सीमा के बाद ग्राहक के देश की दर से प्रति संदेश शुल्क लगता है (प्रदाताओं के अनुसार प्रति नंबर 1,000), और भुगतान के तरीके के बिना वे नहीं पहुँचते। क्लिक-टू-WhatsApp विज्ञापन का जवाब अब भी 72 मुफ़्त घंटे खोलता है।</translation>
    </message>
    <message>
        <source>No longer true on the API since 1 October 2026 (replies are charged past a monthly free allowance); what you send from the Business app itself stays free.</source>
        <translation>1 अक्टूबर 2026 से API पर अब सच नहीं (मासिक मुफ़्त सीमा के बाद जवाबों पर शुल्क लगता है); Business ऐप से खुद भेजे संदेश मुफ़्त रहते हैं।</translation>
    </message>
    <message>
        <source>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</source>
        <translation>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</translation>
    </message>
    <message>
        <source>{0} of this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>इस iPhone बैकअप का {0} खराब है: कंप्यूटर पर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds Manifest.db and Info.plist), usually in MobileSync/Backup.</source>
        <translation>{0} iPhone बैकअप नहीं है: वह फ़ोल्डर चुनें जो Finder, iTunes या Apple Devices ऐप ने बनाया (उसमें Manifest.db और Info.plist होते हैं), आमतौर पर MobileSync/Backup में।</translation>
    </message>
    <message>
        <source>macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy &amp; Security ▸ Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup&apos;s folder somewhere else and choose it.</source>
        <translation>macOS iPhone बैकअप को निजी रखता है: wamigrate को उन्हें पढ़ने देने के लिए सिस्टम सेटिंग्स ▸ गोपनीयता और सुरक्षा ▸ फ़ुल डिस्क एक्सेस खोलें, wamigrate चालू करें, फिर wamigrate दोबारा खोलें। या बैकअप का फ़ोल्डर कहीं और कॉपी करके उसे चुनें।</translation>
    </message>
    <message>
        <source>The backups folder {0} could not be read: {1}.</source>
        <translation>बैकअप फ़ोल्डर {0} पढ़ा नहीं जा सका: {1}।</translation>
    </message>
    <message>
        <source>The backup password could not be checked. Try again.</source>
        <translation>बैकअप का पासवर्ड जाँचा नहीं जा सका। फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.</source>
        <translation>इस iPhone बैकअप में {0} खराब या अधूरा है: कंप्यूटर पर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an invalid name): make the backup again.</source>
        <translation>इस iPhone बैकअप का Manifest.db खराब है (एक फ़ाइल का नाम अमान्य है): फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an impossible size): make the backup again.</source>
        <translation>इस iPhone बैकअप का Manifest.db खराब है (एक फ़ाइल का आकार असंभव है): फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it again on the computer.</source>
        <translation>{0} इस iPhone बैकअप में सूचीबद्ध है पर उसकी फ़ाइल नहीं है: बैकअप अधूरा है। कंप्यूटर पर इसे फिर से बनाएँ।</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file&apos;s details cannot be read): make the backup again.</source>
        <translation>इस iPhone बैकअप का Manifest.db खराब है (एक फ़ाइल का विवरण पढ़ा नहीं जा सकता): फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait until Finder or the Apple Devices app says the backup is done (or make it again), then choose it.</source>
        <translation>यह iPhone बैकअप पूरा नहीं हुआ है: कंप्यूटर अभी इसे बना रहा है, या यह बीच में रुक गया। तब तक प्रतीक्षा करें जब तक Finder या Apple Devices ऐप बैकअप पूरा होने की बात न कहे (या इसे फिर से बनाएँ), फिर इसे चुनें।</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app (it is not the phone&apos;s passcode, nor the Apple ID&apos;s password).</source>
        <translation>यह iPhone बैकअप एन्क्रिप्टेड है: Finder, iTunes या Apple Devices ऐप में फ़ोन के बैकअप के लिए चुना गया पासवर्ड लिखें (यह फ़ोन का पासकोड नहीं है, न ही Apple ID का पासवर्ड)।</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s key list (in Manifest.plist) is damaged: make the backup again on the computer.</source>
        <translation>इस iPhone बैकअप की कुंजी सूची (Manifest.plist में) खराब है: कंप्यूटर पर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>This password does not open the iPhone backup. Type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app; letters must match in case.</source>
        <translation>यह पासवर्ड iPhone बैकअप नहीं खोलता। Finder, iTunes या Apple Devices ऐप में फ़ोन के बैकअप के लिए चुना गया पासवर्ड लिखें; बड़े और छोटे अक्षर मेल खाने चाहिए।</translation>
    </message>
    <message>
        <source>This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.</source>
        <translation>इस iPhone बैकअप में Manifest.db नहीं है: यह अधूरा है। कंप्यूटर पर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged or incomplete: make the backup again on the computer.</source>
        <translation>इस iPhone बैकअप का Manifest.db खराब या अधूरा है: कंप्यूटर पर फिर से बैकअप लें।</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db has a layout wamigrate does not know (a newer iOS?). Update wamigrate, or tell us the iOS version.</source>
        <translation>इस iPhone बैकअप के Manifest.db की बनावट wamigrate नहीं जानता (नया iOS?)। wamigrate अपडेट करें, या हमें iOS का संस्करण बताएँ।</translation>
    </message>
    <message>
        <source>Marketing (offers, news, come back)</source>
        <translation>मार्केटिंग (ऑफ़र, नई चीज़ें, फिर से आइए)</translation>
    </message>
    <message>
        <source>Utility (about an order, booking or account)</source>
        <translation>यूटिलिटी (किसी ऑर्डर, बुकिंग या खाते के बारे में)</translation>
    </message>
    <message>
        <source>{0} is too large to be Meta&apos;s rate card (it is about 2 kB).</source>
        <translation>{0} Meta की दर-सूची होने के लिए बहुत बड़ी है (वह लगभग 2 kB की होती है)।</translation>
    </message>
    <message>
        <source>The rate card {0} does not exist.</source>
        <translation>दर-सूची {0} मौजूद नहीं है।</translation>
    </message>
    <message>
        <source>The rate card {0} cannot be read: {1}.</source>
        <translation>दर-सूची {0} पढ़ी नहीं जा सकती: {1}।</translation>
    </message>
    <message>
        <source>{0} is not a text file: download the rate card from Meta&apos;s pricing page as CSV.</source>
        <translation>{0} टेक्स्ट फ़ाइल नहीं है: Meta के मूल्य पेज से दर-सूची CSV के रूप में डाउनलोड करें।</translation>
    </message>
    <message>
        <source>{0} is not Meta&apos;s rate card: no row starts with &quot;Market&quot;. Download &quot;Rate card (USD)&quot; from Meta&apos;s pricing page and choose that file.</source>
        <translation>{0} Meta की दर-सूची नहीं है: कोई पंक्ति &quot;Market&quot; से शुरू नहीं होती। Meta के मूल्य पेज से &quot;Rate card (USD)&quot; डाउनलोड करें और वही फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>{0} does not say from when its rates apply (&quot;effective …&quot; in its first line).</source>
        <translation>{0} यह नहीं बताती कि उसकी दरें कब से लागू हैं (पहली पंक्ति में &quot;effective …&quot;)।</translation>
    </message>
    <message>
        <source>{0} gives a date that is not a date: {1}.</source>
        <translation>{0} में दी गई तारीख तारीख नहीं है: {1}।</translation>
    </message>
    <message>
        <source>{0} has no {1} column.</source>
        <translation>{0} में {1} कॉलम नहीं है।</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a rate.</source>
        <translation>{0}, पंक्ति {1} ({2}): {3} कोई दर नहीं है।</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a plausible rate per message.</source>
        <translation>{0}, पंक्ति {1} ({2}): {3} प्रति संदेश की विश्वसनीय दर नहीं है।</translation>
    </message>
    <message>
        <source>{0} has no &quot;Other&quot; market, which prices every country Meta does not list: it is not a whole card.</source>
        <translation>{0} में &quot;Other&quot; बाज़ार नहीं है, जो हर उस देश की कीमत तय करता है जिसे Meta सूची में नहीं रखता: यह पूरी दर-सूची नहीं है।</translation>
    </message>
    <message>
        <source>{0} mixes currencies ({1}).</source>
        <translation>{0} में कई मुद्राएँ मिली हुई हैं ({1})।</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ठीक है</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>हाँ (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>नहीं (&amp;N)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>सेव करें</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>खोलें</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>बंद करें</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>छोड़ें</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>लागू करें</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>मदद</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>पहले जैसा करें (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>फिर से करें (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>काटें (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>कॉपी करें (&amp;C)</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>लिंक का पता कॉपी करें (&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>पेस्ट करें (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>मिटाएँ</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>सब चुनें</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; पीछे (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>आगे (&amp;N) &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>पूरा करें (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>मदद (&amp;H)</translation>
    </message>
</context>
</TS>
