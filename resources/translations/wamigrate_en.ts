<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name></name>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>The readiness check still finds %n blocker, failed or unanswered: {0}. Fix or answer it on the page &apos;Business readiness&apos; first.</numerusform>
            <numerusform>The readiness check still finds %n blockers, failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>Wait %n more minute after deleting the account.</numerusform>
            <numerusform>Wait %n more minutes after deleting the account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>Not in the total: %n customer outside the window whose chat name has no number, so their country and price are not known.</numerusform>
            <numerusform>Not in the total: %n customers outside the window whose chat name has no number, so their country and price are not known.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln message</numerusform>
            <numerusform>%Ln messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n finding needs action.</numerusform>
            <numerusform>%n findings need action.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n question not answered yet.</numerusform>
            <numerusform>%n questions not answered yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln message, {0}. Exported from the archive {1}.</numerusform>
            <numerusform>%Ln messages, {0}. Exported from the archive {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln file saved in {0}.</numerusform>
            <numerusform>%Ln files saved in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln customer saved in {0}.</numerusform>
            <numerusform>%Ln customers saved in {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>%Ln chat from the phone</numerusform>
            <numerusform>%Ln chats from the phone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln exported copy replaced by the phone&apos;s records</numerusform>
            <numerusform>%Ln exported copies replaced by the phone&apos;s records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>%Ln media file stored</numerusform>
            <numerusform>%Ln media files stored</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>%Ln file skipped: expand to see why</numerusform>
            <numerusform>%Ln files skipped: expand to see why</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln warning: expand to read it</numerusform>
            <numerusform>%Ln warnings: expand to read them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>Done: %Ln new message in the archive.</numerusform>
            <numerusform>Done: %Ln new messages in the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>Nothing was imported: %Ln file could not be read. Select it to see why.</numerusform>
            <numerusform>Nothing was imported: %Ln files could not be read. Select one to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>%Ln file could not be read: select it to see why.</numerusform>
            <numerusform>%Ln files could not be read: select one to see why.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>%Ln message found so far; more appear as you scroll.</numerusform>
            <numerusform>%Ln messages found so far; more appear as you scroll.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>%Ln message found.</numerusform>
            <numerusform>%Ln messages found.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n linked device.</numerusform>
            <numerusform>%n linked devices.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>%n template checked.</numerusform>
            <numerusform>%n templates checked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>%n of your customers has a US number: marketing templates will not reach them.</numerusform>
            <numerusform>%n of your customers have US numbers: marketing templates will not reach them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n marketing template, and the business is in the US: most of its customers likely have US numbers.</numerusform>
            <numerusform>%n marketing templates, and the business is in the US: most of its customers likely have US numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n template cannot be sent:</numerusform>
            <numerusform>%n templates cannot be sent:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>%n template approved; none rejected, paused or disabled.</numerusform>
            <numerusform>%n templates approved; none rejected, paused or disabled.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>Reaching them all takes %n day at this limit, which all numbers of the portfolio share.</numerusform>
            <numerusform>Reaching them all takes %n days at this limit, which all numbers of the portfolio share.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>Not ready yet: %n blocking question unanswered</numerusform>
            <numerusform>Not ready yet: %n blocking questions unanswered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — wrote in {1} of %n chat</numerusform>
            <numerusform>{0} — wrote in {1} of %n chats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>And %n more.</numerusform>
            <numerusform>And %n more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>The message has %n variable ({{1}}, {{2}}…): give one example per line for each.</numerusform>
            <numerusform>The message has %n variables ({{1}}, {{2}}…): give one example per line for each.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>The key has %n digit; WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</numerusform>
            <numerusform>The key has %n digits; WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</numerusform>
        </translation>
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
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln chat came only from exports; the phone&apos;s database did not have it: {0}</numerusform>
            <numerusform>%Ln chats came only from exports; the phone&apos;s database did not have them: {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>%n customer will need a template to be reached after the cut-over</numerusform>
            <numerusform>%n customers will need a template to be reached after the cut-over</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>%n customer has not written or been written to in the 30 days before the cut-over.</numerusform>
            <numerusform>%n customers have not written or been written to in the 30 days before the cut-over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>Meta lists %n number in this account already; the business is not verified.</numerusform>
            <numerusform>Meta lists %n numbers in this account already; the business is not verified.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>Meta lists %n number in this account.</numerusform>
            <numerusform>Meta lists %n numbers in this account.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>%n chat uses disappearing messages, which will be turned off.</numerusform>
            <numerusform>%n chats use disappearing messages, which will be turned off.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>%n customer wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</numerusform>
            <numerusform>%n customers wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>%Ln backup found on this computer.</numerusform>
            <numerusform>%Ln backups found on this computer.</numerusform>
        </translation>
    </message>
</context>
</TS>
