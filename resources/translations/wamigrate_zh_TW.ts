<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_TW" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new business starts at 250 customers per day outside the 24-hour window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authentication templates carry no links, media or emoji</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blocker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the archive (and the planned cut-over in the profile) to see the impact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At cut-over ({0}), &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1} minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used in your chats but not available (or limited) on the API:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages you send again and again, which will need approved templates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, {2} to {3} (UTC); {4}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tap Confirm in the app to share history within 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Business app at least every 14 days, or the API side disconnects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>universal access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so the account must be deleted from the app (after backing up every chat).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of chat history with your provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer which app the number is on (next page) to get a suggestion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export “{0}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From – until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamigrate — chat archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open media…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Voice message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GIF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop chat exports here: .txt or .zip files, or folders of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates could be read two ways: double-click to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled before the file was read again: import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: {0} new messages in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(notice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is missing from the archive. Run “Verify archive” to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sender</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To continue: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AirDrop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can still be answered freely, and what the API will not carry over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamigrate could not tell which sender is your business in these chats, so it cannot say which customers wrote last. Set your name as it appears in the exports on the next page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the cut-over, &lt;b&gt;{0}&lt;/b&gt; of {1} customers will still be inside the 24-hour window (you can answer them freely); &lt;b&gt;{2}&lt;/b&gt; will need an approved template before you can write to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the window, by country: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your history but not on the API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered {0} % of customer messages within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>sent %Ln time(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Messages you send again and again: template candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm within 24 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 14 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name in the exported chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tech Provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How customers agree to receive messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): paste them in TOML, as in docs/profile-example.toml, or load a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history does not move.&lt;/b&gt; Deleting the app account loses every conversation on the phone unless it is exported first. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; You can answer freely for 24 hours after a customer&apos;s last message or call; after that only pre-approved message templates can be sent. (Meta, “Send messages”, updated 4 Nov 2025)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates; groups and calls only in restricted forms. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-step verification (a 6-digit PIN) is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ {0}: a {1} number in {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
