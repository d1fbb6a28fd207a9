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
    QT_TR_NOOP('The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit'),  # BA-05
    QT_TR_NOOP('Every chat is backed up in a verified archive before the app account is deleted'),  # BK-01
    QT_TR_NOOP('Template names use lowercase letters, digits and underscores (at most 512)'),  # TW-09
    QT_TR_NOOP('Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25'),  # TW-13
    QT_TR_NOOP('Template parameters are {{1}}, {{2}}, ... in order, each with a sample value'),  # TW-16
    QT_TR_NOOP("Templates avoid Meta's common rejection reasons (parameter at the start or end, #$% in samples)"),  # TW-17
    QT_TR_NOOP("Authentication templates use Meta's preset text with a code button (no links, media or emoji)"),  # TW-07
    QT_TR_NOOP('Marketing templates are not delivered to customers with US numbers'),  # TW-25
    QT_TR_NOOP('Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed'),  # TW-33
    QT_TR_NOOP("Templates to customers outside the window are charged per message, by the customer's country"),  # TW-34
    QT_TR_NOOP('A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free'),  # TW-35
    QT_TR_NOOP('Utility templates that read as promotion are charged (and capped) as marketing'),  # TW-36
    QT_TR_NOOP('Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea'),  # TW-37
    QT_TR_NOOP('Authentication templates need a verified business with a 2,000 limit'),  # TW-39
    QT_TR_NOOP('Customers with a WhatsApp username may write without a phone number'),  # BA-10
    QT_TR_NOOP('The blue check (Official Business Account) is not part of the move'),  # BA-12
    QT_TR_NOOP('A new business portfolio can register 2 numbers (20 after verification)'),  # PN-42
    QT_TR_NOOP("A number still registered to a previous provider's app must be released by it first"),  # PN-43
    QT_TR_NOOP('What changes in the Business app under coexistence'),  # PN-27
    QT_TR_NOOP('A second provider can be added without moving the number (Conversation Routing)'),  # PM-01
    QT_TR_NOOP('A move between providers needs a verified business and a payment method'),  # PM-02
    QT_TR_NOOP('General-purpose AI assistants may not use the Platform (since 15 Jan 2026)'),  # PO-08
    QT_TR_NOOP('The number is not registered on another platform, and Meta has verified it'),  # LV-01
    QT_TR_NOOP('Meta has not rejected the display name (an approved name is needed only to move between providers)'),  # LV-02
    QT_TR_NOOP('No message template is rejected, paused or disabled'),  # LV-03
    QT_TR_NOOP("The number's quality rating is not low (a RED number does not scale up)"),  # LV-04
    QT_TR_NOOP('The messaging limit covers the customers who need a template on day one'),  # LV-05
    QT_TR_NOOP("Meta's health status says the account can send messages"),  # LV-06
    QT_TR_NOOP("The date is that of Meta's developer page on display names, which points to this Help Center article; the article shows no date."),  # DN-07 source
    QT_TR_NOOP("The date is that of Meta's developer page on display names, which points to this Help Center article; the article shows no date."),  # DN-08 source
    QT_TR_NOOP('A copy of Meta\'s page "Upcoming pricing updates for Meta Business Agent, service and utility messages"; the monthly free allowance of 1,000 service messages is reported by providers.'),  # TW-33 source
    QT_TR_NOOP("Meta's WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms' own text was not readable when this was written."),  # PO-08 source
)
