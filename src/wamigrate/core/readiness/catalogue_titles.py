"""The readiness rules' titles, marked for translation. Generated from catalogue.toml by
packaging/translations.py update. Do not edit."""

from wamigrate.core.translatable import QT_TR_NOOP

TITLES = (
    QT_TR_NOOP('The number is a valid international number (country code and area code; no short code)'),  # PN-02
    QT_TR_NOOP("The number's type can receive the registration code"),  # PN-09
    QT_TR_NOOP('The number can receive an SMS or a voice call'),  # PN-03
    QT_TR_NOOP('An IVR or toll-free number accepts international calls and reaches a person'),  # PN-10
    QT_TR_NOOP('The business is not in a region the Platform excludes'),  # PN-41
    QT_TR_NOOP('The number is no longer registered in a WhatsApp app (full migration)'),  # PN-13
    QT_TR_NOOP('Coexistence is only for numbers on the WhatsApp Business app'),  # PN-14
    QT_TR_NOOP('Wait at least 5 minutes after deleting the app account before registering'),  # PN-16
    QT_TR_NOOP('Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider'),  # PN-20
    QT_TR_NOOP('Coexistence is not available for Nigerian (+234) and South African (+27) numbers'),  # PN-21
    QT_TR_NOOP('Coexistence numbers send at most 20 messages per second'),  # PN-22
    QT_TR_NOOP('Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)'),  # PN-24
    QT_TR_NOOP('Linked devices are unlinked at coexistence onboarding'),  # PN-26
    QT_TR_NOOP('Two-step verification must be off to move between providers'),  # PN-35
    QT_TR_NOOP('At most 10 registration attempts per number in 72 hours'),  # PN-38
    QT_TR_NOOP("The display name describes the business (no generic terms, no Meta or WhatsApp, no 'official', no web or email address, no promotion)"),  # DN-07
    QT_TR_NOOP('The display name is clearly related to the legal business name'),  # DN-08
    QT_TR_NOOP('The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)'),  # DN-09
    QT_TR_NOOP('The business may use WhatsApp business messaging (restricted goods and services)'),  # PO-02
    QT_TR_NOOP('Customers have opted in to receive messages from the business'),  # PO-07
    QT_TR_NOOP('A new business starts at 250 customers per day outside the 24-hour window'),  # BA-05
    QT_TR_NOOP('Every chat is backed up in a verified archive before the app account is deleted'),  # BK-01
    QT_TR_NOOP('Template names use lowercase letters, digits and underscores (at most 512)'),  # TW-09
    QT_TR_NOOP('Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25'),  # TW-13
    QT_TR_NOOP('Template parameters are {{1}}, {{2}}, ... in order, each with a sample value'),  # TW-16
    QT_TR_NOOP("Templates avoid Meta's common rejection reasons (parameter at the start or end, #$% in samples)"),  # TW-17
    QT_TR_NOOP('Authentication templates carry no links, media or emoji'),  # TW-07
    QT_TR_NOOP('Marketing templates are not delivered to US numbers'),  # TW-25
    QT_TR_NOOP('The number is not registered on another platform, and Meta has verified it'),  # LV-01
    QT_TR_NOOP('Meta has not rejected the display name'),  # LV-02
    QT_TR_NOOP('No message template is rejected, paused or disabled'),  # LV-03
    QT_TR_NOOP("The number's quality rating is not low"),  # LV-04
    QT_TR_NOOP('The messaging limit covers the customers who need a template on day one'),  # LV-05
)
