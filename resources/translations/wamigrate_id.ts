<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <source>The number is a valid international number (country code and area code; no short code)</source>
        <translation>Nomor adalah nomor internasional yang valid (kode negara dan kode area; bukan nomor pendek)</translation>
    </message>
    <message>
        <source>The number&apos;s type can receive the registration code</source>
        <translation>Jenis nomor dapat menerima kode pendaftaran</translation>
    </message>
    <message>
        <source>The number can receive an SMS or a voice call</source>
        <translation>Nomor dapat menerima SMS atau panggilan suara</translation>
    </message>
    <message>
        <source>An IVR or toll-free number accepts international calls and reaches a person</source>
        <translation>Nomor IVR atau bebas pulsa menerima panggilan internasional dan terhubung ke orang</translation>
    </message>
    <message>
        <source>The business is not in a region the Platform excludes</source>
        <translation>Bisnis tidak berada di wilayah yang dikecualikan Platform</translation>
    </message>
    <message>
        <source>The number is no longer registered in a WhatsApp app (full migration)</source>
        <translation>Nomor tidak lagi terdaftar di aplikasi WhatsApp (migrasi penuh)</translation>
    </message>
    <message>
        <source>Coexistence is only for numbers on the WhatsApp Business app</source>
        <translation>Koeksistensi hanya untuk nomor di aplikasi WhatsApp Business</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes after deleting the app account before registering</source>
        <translation>Tunggu minimal 5 menit setelah menghapus akun aplikasi sebelum mendaftar</translation>
    </message>
    <message>
        <source>Coexistence needs Business app 2.24.17 or newer and a Solution Partner or Tech Provider</source>
        <translation>Koeksistensi memerlukan aplikasi Business 2.24.17 atau lebih baru dan Solution Partner atau Tech Provider</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers</source>
        <translation>Koeksistensi tidak tersedia untuk nomor Nigeria (+234) dan Afrika Selatan (+27)</translation>
    </message>
    <message>
        <source>Coexistence numbers send at most 20 messages per second</source>
        <translation>Nomor koeksistensi mengirim paling banyak 20 pesan per detik</translation>
    </message>
    <message>
        <source>Chat history sync must be confirmed within 24 hours of onboarding (180 days, 1:1 chats only)</source>
        <translation>Sinkronisasi riwayat chat harus dikonfirmasi dalam 24 jam setelah pendaftaran (180 hari, hanya chat pribadi)</translation>
    </message>
    <message>
        <source>Linked devices are unlinked at coexistence onboarding</source>
        <translation>Perangkat tertaut diputus saat pendaftaran koeksistensi</translation>
    </message>
    <message>
        <source>Two-step verification must be off to move between providers</source>
        <translation>Verifikasi dua langkah harus nonaktif untuk pindah penyedia</translation>
    </message>
    <message>
        <source>At most 10 registration attempts per number in 72 hours</source>
        <translation>Paling banyak 10 percobaan pendaftaran per nomor dalam 72 jam</translation>
    </message>
    <message>
        <source>The display name describes the business (no generic terms, no Meta or WhatsApp, no &apos;official&apos;, no web or email address, no promotion)</source>
        <translation>Nama tampilan menggambarkan bisnis (tanpa istilah umum, tanpa Meta atau WhatsApp, tanpa &quot;resmi&quot;, tanpa alamat web atau email, tanpa promosi)</translation>
    </message>
    <message>
        <source>The display name is clearly related to the legal business name</source>
        <translation>Nama tampilan jelas terkait dengan nama resmi bisnis</translation>
    </message>
    <message>
        <source>The display name is formatted as Meta expects (no all capitals, emoji, symbols; at least 3 characters)</source>
        <translation>Nama tampilan berformat seperti yang diharapkan Meta (tidak semua huruf kapital, emoji, simbol; minimal 3 karakter)</translation>
    </message>
    <message>
        <source>The business may use WhatsApp business messaging (restricted goods and services)</source>
        <translation>Bisnis boleh menggunakan pesan bisnis WhatsApp (barang dan jasa terbatas)</translation>
    </message>
    <message>
        <source>Customers have opted in to receive messages from the business</source>
        <translation>Pelanggan sudah setuju menerima pesan dari bisnis</translation>
    </message>
    <message>
        <source>The messaging limit: a new portfolio starts at 250 customers a day; an existing one shares its limit</source>
        <translation>Batas pesan: portofolio baru dimulai dengan 250 pelanggan per hari; portofolio yang sudah ada berbagi batasnya</translation>
    </message>
    <message>
        <source>Authentication templates use Meta&apos;s preset text with a code button (no links, media or emoji)</source>
        <translation>Template autentikasi memakai teks bawaan Meta dengan tombol kode (tanpa tautan, media, atau emoji)</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to customers with US numbers</source>
        <translation>Template pemasaran tidak dikirim ke pelanggan dengan nomor AS</translation>
    </message>
    <message>
        <source>Replies inside the 24-hour window are charged since 1 Oct 2026: a payment method is needed</source>
        <translation>Balasan di dalam jendela 24 jam dikenai biaya sejak 1 Okt 2026: diperlukan metode pembayaran</translation>
    </message>
    <message>
        <source>Templates to customers outside the window are charged per message, by the customer&apos;s country</source>
        <translation>Template ke pelanggan di luar jendela dikenai biaya per pesan, menurut negara pelanggan</translation>
    </message>
    <message>
        <source>A reply to a click-to-WhatsApp ad opens 72 hours in which every message is free</source>
        <translation>Balasan untuk iklan klik-ke-WhatsApp membuka 72 jam di mana semua pesan gratis</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion are charged (and capped) as marketing</source>
        <translation>Template utilitas yang terbaca sebagai promosi dikenai biaya (dan dibatasi) sebagai pemasaran</translation>
    </message>
    <message>
        <source>Marketing templates are capped per customer outside the EEA, the UK, Japan and South Korea</source>
        <translation>Template pemasaran dibatasi per pelanggan di luar EEA, Inggris, Jepang, dan Korea Selatan</translation>
    </message>
    <message>
        <source>Authentication templates need a verified business with a 2,000 limit</source>
        <translation>Template autentikasi memerlukan bisnis terverifikasi dengan batas 2.000</translation>
    </message>
    <message>
        <source>Customers with a WhatsApp username may write without a phone number</source>
        <translation>Pelanggan dengan nama pengguna WhatsApp bisa menulis tanpa nomor telepon</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not part of the move</source>
        <translation>Centang biru (Akun Bisnis Resmi) tidak termasuk dalam perpindahan</translation>
    </message>
    <message>
        <source>A new business portfolio can register 2 numbers (20 after verification)</source>
        <translation>Portofolio bisnis baru dapat mendaftarkan 2 nomor (20 setelah verifikasi)</translation>
    </message>
    <message>
        <source>A number still registered to a previous provider&apos;s app must be released by it first</source>
        <translation>Nomor yang masih terdaftar di aplikasi penyedia sebelumnya harus dilepas dulu olehnya</translation>
    </message>
    <message>
        <source>What changes in the Business app under coexistence</source>
        <translation>Apa yang berubah di aplikasi Business dalam koeksistensi</translation>
    </message>
    <message>
        <source>A second provider can be added without moving the number (Conversation Routing)</source>
        <translation>Penyedia kedua dapat ditambahkan tanpa memindahkan nomor (Conversation Routing)</translation>
    </message>
    <message>
        <source>A move between providers needs a verified business and a payment method</source>
        <translation>Pindah penyedia memerlukan bisnis terverifikasi dan metode pembayaran</translation>
    </message>
    <message>
        <source>General-purpose AI assistants may not use the Platform (since 15 Jan 2026)</source>
        <translation>Asisten AI serbaguna tidak boleh memakai Platform (sejak 15 Jan 2026)</translation>
    </message>
    <message>
        <source>Meta has not rejected the display name (an approved name is needed only to move between providers)</source>
        <translation>Meta tidak menolak nama tampilan (nama yang disetujui hanya diperlukan untuk pindah penyedia)</translation>
    </message>
    <message>
        <source>The number&apos;s quality rating is not low (a RED number does not scale up)</source>
        <translation>Peringkat kualitas nomor tidak rendah (nomor MERAH tidak naik tingkat)</translation>
    </message>
    <message>
        <source>Meta&apos;s health status says the account can send messages</source>
        <translation>Status kesehatan Meta menyatakan akun dapat mengirim pesan</translation>
    </message>
    <message>
        <source>The date is that of Meta&apos;s developer page on display names, which points to this Help Center article; the article shows no date.</source>
        <translation>Tanggalnya adalah tanggal halaman pengembang Meta tentang nama tampilan, yang merujuk ke artikel Pusat Bantuan ini; artikel itu tidak mencantumkan tanggal.</translation>
    </message>
    <message>
        <source>A copy of Meta&apos;s page &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; the monthly free allowance of 1,000 service messages is reported by providers.</source>
        <translation>Salinan halaman Meta &quot;Upcoming pricing updates for Meta Business Agent, service and utility messages&quot;; jatah gratis bulanan 1.000 pesan layanan dilaporkan oleh penyedia.</translation>
    </message>
    <message>
        <source>Meta&apos;s WhatsApp Business Solution Terms as quoted by the press (NDTV, 21 Oct 2025); the terms&apos; own text was not readable when this was written.</source>
        <translation>Ketentuan Solusi WhatsApp Business Meta sebagaimana dikutip pers (NDTV, 21 Okt 2025); teks ketentuan itu sendiri tidak dapat dibaca saat ini ditulis.</translation>
    </message>
    <message>
        <source>Every chat is backed up in a verified archive before the app account is deleted</source>
        <translation>Setiap chat dicadangkan dalam arsip terverifikasi sebelum akun aplikasi dihapus</translation>
    </message>
    <message>
        <source>Template names use lowercase letters, digits and underscores (at most 512)</source>
        <translation>Nama templat memakai huruf kecil, angka, dan garis bawah (paling banyak 512)</translation>
    </message>
    <message>
        <source>Template lengths: header and footer at most 60 characters, body 1 to 1,024, button labels 25</source>
        <translation>Panjang templat: header dan footer paling banyak 60 karakter, isi 1 sampai 1.024, label tombol 25</translation>
    </message>
    <message>
        <source>Template parameters are {{1}}, {{2}}, ... in order, each with a sample value</source>
        <translation>Parameter templat adalah {{1}}, {{2}}, ... berurutan, masing-masing dengan contoh nilai</translation>
    </message>
    <message>
        <source>Templates avoid Meta&apos;s common rejection reasons (parameter at the start or end, #$% in samples)</source>
        <translation>Templat menghindari alasan penolakan umum Meta (parameter di awal atau akhir, #$% dalam contoh)</translation>
    </message>
    <message>
        <source>The number is not registered on another platform, and Meta has verified it</source>
        <translation>Nomor tidak terdaftar di platform lain, dan Meta sudah memverifikasinya</translation>
    </message>
    <message>
        <source>No message template is rejected, paused or disabled</source>
        <translation>Tidak ada templat pesan yang ditolak, dijeda, atau dinonaktifkan</translation>
    </message>
    <message>
        <source>The messaging limit covers the customers who need a template on day one</source>
        <translation>Batas pesan mencukupi pelanggan yang memerlukan templat pada hari pertama</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Siap</translation>
    </message>
    <message>
        <source>Ready with warnings</source>
        <translation>Siap, dengan peringatan</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Terhambat</translation>
    </message>
    <message>
        <source>Not ready yet</source>
        <translation>Belum siap</translation>
    </message>
    <message>
        <source>under 24 h</source>
        <translation>kurang dari 24 jam</translation>
    </message>
    <message>
        <source>1-3 days</source>
        <translation>1-3 hari</translation>
    </message>
    <message>
        <source>3-7 days</source>
        <translation>3-7 hari</translation>
    </message>
    <message>
        <source>1-4 weeks</source>
        <translation>1-4 minggu</translation>
    </message>
    <message>
        <source>over 4 weeks</source>
        <translation>lebih dari 4 minggu</translation>
    </message>
    <message>
        <source>after the cut-over time</source>
        <translation>setelah waktu peralihan</translation>
    </message>
    <message>
        <source>group chats</source>
        <translation>obrolan grup</translation>
    </message>
    <message>
        <source>calls</source>
        <translation>panggilan</translation>
    </message>
    <message>
        <source>deleted messages</source>
        <translation>pesan yang dihapus</translation>
    </message>
    <message>
        <source>polls</source>
        <translation>polling</translation>
    </message>
    <message>
        <source>disappearing messages</source>
        <translation>pesan sementara</translation>
    </message>
    <message>
        <source>only for verified-brand accounts, at most 8 people; not under coexistence</source>
        <translation>hanya untuk akun merek terverifikasi, maksimal 8 orang; tidak dalam koeksistensi</translation>
    </message>
    <message>
        <source>only with a calling integration and a 2,000 limit; not under coexistence</source>
        <translation>hanya dengan integrasi panggilan dan batas 2.000; tidak dalam koeksistensi</translation>
    </message>
    <message>
        <source>a message sent through the API cannot be deleted</source>
        <translation>pesan yang dikirim lewat API tidak bisa dihapus</translation>
    </message>
    <message>
        <source>cannot be sent; a customer&apos;s poll arrives as an unsupported message</source>
        <translation>tidak bisa dikirim; polling dari pelanggan tiba sebagai pesan yang tidak didukung</translation>
    </message>
    <message>
        <source>not available; turned off under coexistence</source>
        <translation>tidak tersedia; dimatikan dalam koeksistensi</translation>
    </message>
    <message>
        <source>{0} is not a time zone wamigrate knows (e.g. America/Sao_Paulo).</source>
        <translation>{0} bukan zona waktu yang dikenal wamigrate (mis. America/Sao_Paulo).</translation>
    </message>
    <message>
        <source>The cut-over {0} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>Waktu peralihan {0} harus berupa tanggal dan jam lokal dengan format YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Full migration</source>
        <translation>Migrasi penuh</translation>
    </message>
    <message>
        <source>Coexistence (keep the Business app)</source>
        <translation>Koeksistensi (tetap memakai aplikasi Business)</translation>
    </message>
    <message>
        <source>Move between providers</source>
        <translation>Pindah antarpenyedia</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Action needed</source>
        <translation>Perlu tindakan</translation>
    </message>
    <message>
        <source>Not answered</source>
        <translation>Belum dijawab</translation>
    </message>
    <message>
        <source>blocker</source>
        <translation>penghambat</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>peringatan</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>terkonfirmasi</translation>
    </message>
    <message>
        <source>partly confirmed</source>
        <translation>terkonfirmasi sebagian</translation>
    </message>
    <message>
        <source>unconfirmed</source>
        <translation>belum terkonfirmasi</translation>
    </message>
    <message>
        <source>reported by providers, not in Meta&apos;s text</source>
        <translation>dilaporkan oleh penyedia, tidak ada di teks Meta</translation>
    </message>
    <message>
        <source>Nothing blocks the move.</source>
        <translation>Tidak ada yang menghambat perpindahan.</translation>
    </message>
    <message>
        <source>Fix the blockers first; they are listed first.</source>
        <translation>Perbaiki penghambat dulu; semuanya tercantum paling atas.</translation>
    </message>
    <message>
        <source>Answer the blocking questions first: until they are answered, nobody can say that nothing blocks the move.</source>
        <translation>Jawab dulu pertanyaan penghambat: selama belum dijawab, tidak ada yang dapat mengatakan bahwa tidak ada yang menghalangi perpindahan.</translation>
    </message>
    <message>
        <source>Nothing blocks the move; read the warnings.</source>
        <translation>Tidak ada yang menghambat perpindahan; baca peringatannya.</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>Mengapa ini penting.</translation>
    </message>
    <message>
        <source>What to do.</source>
        <translation>Yang harus dilakukan.</translation>
    </message>
    <message>
        <source>verified live at {0}</source>
        <translation>diverifikasi langsung pada {0}</translation>
    </message>
    <message>
        <source>Source: {0} ({1}, {2})</source>
        <translation>Sumber: {0} ({1}, {2})</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n jam</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
    <message>
        <source>Mon</source>
        <translation>Sen</translation>
    </message>
    <message>
        <source>Tue</source>
        <translation>Sel</translation>
    </message>
    <message>
        <source>Wed</source>
        <translation>Rab</translation>
    </message>
    <message>
        <source>Thu</source>
        <translation>Kam</translation>
    </message>
    <message>
        <source>Fri</source>
        <translation>Jum</translation>
    </message>
    <message>
        <source>Sat</source>
        <translation>Sab</translation>
    </message>
    <message>
        <source>Sun</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Give the archive (and the planned cut-over in the profile) to see the impact.</source>
        <translation>Berikan arsipnya (dan waktu peralihan yang direncanakan di profil) untuk melihat dampaknya.</translation>
    </message>
    <message>
        <source>The business&apos;s own name in the chats could not be told; set own_name in the profile.</source>
        <translation>Nama bisnis sendiri di chat tidak dapat dikenali; isi own_name di profil.</translation>
    </message>
    <message>
        <source>the live check did not run</source>
        <translation>pemeriksaan langsung tidak dijalankan</translation>
    </message>
    <message>
        <source>Meta&apos;s list of phone numbers could not be read: {0}</source>
        <translation>Daftar nomor telepon Meta tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>The number is not in this WhatsApp Business Account yet (its numbers: {0}).</source>
        <translation>Nomor belum ada di WhatsApp Business Account ini (nomornya: {0}).</translation>
    </message>
    <message>
        <source>Check the WhatsApp Business Account ID, or add the number to it first.</source>
        <translation>Periksa ID WhatsApp Business Account, atau tambahkan nomor ke akun itu lebih dulu.</translation>
    </message>
    <message>
        <source>Meta says {0} is registered on the On-Premises API.</source>
        <translation>Meta menyebut {0} terdaftar di API On-Premises.</translation>
    </message>
    <message>
        <source>A number is on one platform at a time; the On-Premises API has been retired.</source>
        <translation>Nomor hanya berada di satu platform; API On-Premises sudah dihentikan.</translation>
    </message>
    <message>
        <source>Ask the provider to migrate the number to the Cloud API before the cut-over.</source>
        <translation>Minta penyedia memigrasikan nomor ke Cloud API sebelum peralihan.</translation>
    </message>
    <message>
        <source>Meta says the ownership of {0} is not verified ({1}).</source>
        <translation>Meta menyebut kepemilikan {0} belum diverifikasi ({1}).</translation>
    </message>
    <message>
        <source>The number must receive and enter Meta&apos;s code before it can be registered.</source>
        <translation>Nomor harus menerima dan memasukkan kode Meta sebelum dapat didaftarkan.</translation>
    </message>
    <message>
        <source>Request the code again (SMS or voice call) and enter it in WhatsApp Manager or through the provider.</source>
        <translation>Minta kode lagi (SMS atau panggilan suara) dan masukkan di WhatsApp Manager atau melalui penyedia.</translation>
    </message>
    <message>
        <source>on the Cloud API</source>
        <translation>di Cloud API</translation>
    </message>
    <message>
        <source>not registered yet</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <source>Meta says {0} is {1}; its ownership is verified.</source>
        <translation>Meta menyebut {0} {1}; kepemilikannya sudah diverifikasi.</translation>
    </message>
    <message>
        <source>Meta&apos;s review of the display name &apos;{0}&apos;: {1}.</source>
        <translation>Peninjauan Meta atas nama tampilan &apos;{0}&apos;: {1}.</translation>
    </message>
    <message>
        <source>Meta&apos;s API gives the decision, not its reason: WhatsApp Manager shows the reason.</source>
        <translation>API Meta memberikan keputusannya, bukan alasannya: WhatsApp Manager menampilkan alasannya.</translation>
    </message>
    <message>
        <source>Read the reason in WhatsApp Manager ▸ Phone numbers, change the name to follow it, and resubmit.</source>
        <translation>Baca alasannya di WhatsApp Manager ▸ Nomor telepon, ubah nama sesuai alasan itu, lalu ajukan lagi.</translation>
    </message>
    <message>
        <source>The display name &apos;{0}&apos; is not approved yet ({1}).</source>
        <translation>Nama tampilan &apos;{0}&apos; belum disetujui ({1}).</translation>
    </message>
    <message>
        <source>Moving between providers needs an approved display name.</source>
        <translation>Pindah penyedia memerlukan nama tampilan yang disetujui.</translation>
    </message>
    <message>
        <source>The number works meanwhile; Meta reviews the name when the number reaches a higher messaging limit.</source>
        <translation>Sementara itu nomor tetap berfungsi; Meta meninjau nama saat nomor mencapai batas pesan yang lebih tinggi.</translation>
    </message>
    <message>
        <source>Customers have blocked or reported recent messages. A RED number does not get a higher messaging limit or throughput, and continued negative feedback can lead to enforcement; templates are paused on their own quality, not the number&apos;s.</source>
        <translation>Pelanggan telah memblokir atau melaporkan pesan terbaru. Nomor MERAH tidak mendapat batas pesan atau throughput lebih tinggi, dan umpan balik negatif yang terus-menerus dapat berujung sanksi; template dijeda berdasarkan kualitasnya sendiri, bukan kualitas nomor.</translation>
    </message>
    <message numerus="yes">
        <source>Reaching them all takes %n day(s) at this limit, which all numbers of the portfolio share.</source>
        <translation>
            <numerusform>Menjangkau semuanya butuh %n hari dengan batas ini, yang dibagi semua nomor dalam portofolio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business to reach 2,000 a day (after Meta&apos;s quality review), or plan the first messages over several days.</source>
        <translation>Verifikasi bisnis untuk mencapai 2.000 per hari (setelah tinjauan kualitas Meta), atau sebar pesan pertama ke beberapa hari.</translation>
    </message>
    <message>
        <source>Meta did not give a health status</source>
        <translation>Meta tidak memberikan status kesehatan</translation>
    </message>
    <message>
        <source>The account&apos;s health status could not be read: {0}</source>
        <translation>Status kesehatan akun tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <source>Meta says this account cannot send messages (BLOCKED).</source>
        <translation>Meta menyatakan akun ini tidak dapat mengirim pesan (BLOCKED).</translation>
    </message>
    <message>
        <source>A blocked account, number or business cannot send anything, templates included.</source>
        <translation>Akun, nomor, atau bisnis yang diblokir tidak dapat mengirim apa pun, termasuk template.</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview), for example a payment method or a policy issue.</source>
        <translation>Perbaiki apa yang dicantumkan Meta (WhatsApp Manager ▸ Ikhtisar), misalnya metode pembayaran atau masalah kebijakan.</translation>
    </message>
    <message>
        <source>Meta says this account can send only in part (LIMITED).</source>
        <translation>Meta menyatakan akun ini hanya dapat mengirim sebagian (LIMITED).</translation>
    </message>
    <message>
        <source>Some messages will not be delivered until the limitation is lifted.</source>
        <translation>Sebagian pesan tidak akan terkirim sampai pembatasan dicabut.</translation>
    </message>
    <message>
        <source>Fix what Meta lists (WhatsApp Manager ▸ Overview) before the cut-over.</source>
        <translation>Perbaiki apa yang dicantumkan Meta (WhatsApp Manager ▸ Ikhtisar) sebelum peralihan.</translation>
    </message>
    <message>
        <source>Meta says the account can send messages ({0}).</source>
        <translation>Meta menyatakan akun dapat mengirim pesan ({0}).</translation>
    </message>
    <message>
        <source>Wait for Meta&apos;s review before the cut-over.</source>
        <translation>Tunggu peninjauan Meta sebelum peralihan.</translation>
    </message>
    <message>
        <source>Nothing to do now; follow the review in WhatsApp Manager.</source>
        <translation>Tidak perlu tindakan sekarang; pantau peninjauan di WhatsApp Manager.</translation>
    </message>
    <message>
        <source>Meta approved the display name &apos;{0}&apos; ({1}).</source>
        <translation>Meta menyetujui nama tampilan &apos;{0}&apos; ({1}).</translation>
    </message>
    <message>
        <source>Meta&apos;s list of templates could not be read: {0}</source>
        <translation>Daftar templat Meta tidak dapat dibaca: {0}</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) cannot be sent:</source>
        <translation>
            <numerusform>%n templat tidak dapat dikirim:</numerusform>
        </translation>
    </message>
    <message>
        <source>Outside the 24-hour window only approved templates reach customers.</source>
        <translation>Di luar jendela 24 jam, hanya templat yang disetujui yang sampai ke pelanggan.</translation>
    </message>
    <message>
        <source>Fix a rejected template for its reason and resubmit (or appeal); a paused one needs better quality.</source>
        <translation>Perbaiki templat yang ditolak sesuai alasannya dan ajukan lagi (atau banding); templat yang dijeda perlu kualitas lebih baik.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) approved; none rejected, paused or disabled.</source>
        <translation>
            <numerusform>%n templat disetujui; tidak ada yang ditolak, dijeda, atau dinonaktifkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta rates the quality of {0} as low (RED).</source>
        <translation>Meta menilai kualitas {0} rendah (RED).</translation>
    </message>
    <message>
        <source>Send fewer, expected messages to customers who opted in, and let them opt out easily.</source>
        <translation>Kirim lebih sedikit pesan yang memang diharapkan ke pelanggan yang setuju, dan permudah mereka berhenti berlangganan.</translation>
    </message>
    <message>
        <source>Quality rating of {0}: {1}.</source>
        <translation>Peringkat kualitas {0}: {1}.</translation>
    </message>
    <message>
        <source>Messaging limit: {0}. The archive&apos;s impact analysis is needed to compare it.</source>
        <translation>Batas pesan: {0}. Analisis dampak arsip diperlukan untuk membandingkannya.</translation>
    </message>
    <message>
        <source>Import the chats and set the planned cut-over.</source>
        <translation>Impor chat dan tetapkan rencana peralihan.</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit is {1} a day ({2}).</source>
        <translation>{0} pelanggan memerlukan templat pada hari pertama; batasnya {1} per hari ({2}).</translation>
    </message>
    <message>
        <source>{0} customers need a template on day one; the limit ({1}) covers them.</source>
        <translation>{0} pelanggan memerlukan templat pada hari pertama; batasnya ({1}) mencukupi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Under coexistence&lt;/b&gt;, messages received before onboarding open no window: the first message to every customer after onboarding must be a template.</source>
        <translation>&lt;b&gt;Dengan koeksistensi&lt;/b&gt;, pesan yang diterima sebelum pendaftaran tidak membuka jendela: pesan pertama ke setiap pelanggan setelah pendaftaran harus berupa templat.</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours.</source>
        <translation>Saat ini {0} pesan pelanggan dibalas dalam 24 jam.</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Answered within 24 h</source>
        <translation>Dibalas dalam 24 jam</translation>
    </message>
    <message>
        <source>Used in your chats but not available (or limited) on the API:</source>
        <translation>Dipakai di chat Anda tetapi tidak tersedia (atau terbatas) di API:</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fitur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>Chats</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>On the API</source>
        <translation>Di API</translation>
    </message>
    <message>
        <source>Messages you send again and again, which will need approved templates:</source>
        <translation>Pesan yang Anda kirim berulang kali, yang akan memerlukan templat yang disetujui:</translation>
    </message>
    <message>
        <source>Template body</source>
        <translation>Isi templat</translation>
    </message>
    <message>
        <source>Times sent</source>
        <translation>Kali dikirim</translation>
    </message>
    <message>
        <source>Suggested category</source>
        <translation>Kategori yang disarankan</translation>
    </message>
    <message>
        <source>North America</source>
        <translation>Amerika Utara</translation>
    </message>
    <message>
        <source>Rest of Africa</source>
        <translation>Afrika lainnya</translation>
    </message>
    <message>
        <source>Rest of Asia Pacific</source>
        <translation>Asia Pasifik lainnya</translation>
    </message>
    <message>
        <source>Rest of Central &amp; Eastern Europe</source>
        <translation>Eropa Tengah &amp; Timur lainnya</translation>
    </message>
    <message>
        <source>Rest of Latin America</source>
        <translation>Amerika Latin lainnya</translation>
    </message>
    <message>
        <source>Rest of Middle East</source>
        <translation>Timur Tengah lainnya</translation>
    </message>
    <message>
        <source>Rest of Western Europe</source>
        <translation>Eropa Barat lainnya</translation>
    </message>
    <message>
        <source>Other (every country Meta does not list)</source>
        <translation>Lainnya (setiap negara yang tidak dicantumkan Meta)</translation>
    </message>
    <message>
        <source>marketing</source>
        <translation>pemasaran</translation>
    </message>
    <message>
        <source>utility</source>
        <translation>utilitas</translation>
    </message>
    <message>
        <source>What the cut-over will cost (estimate)</source>
        <translation>Biaya peralihan (perkiraan)</translation>
    </message>
    <message>
        <source>One {0} template to each of the {1} customers outside their window, with a known country, would cost about &lt;b&gt;{2}&lt;/b&gt;.</source>
        <translation>Satu template {0} untuk setiap {1} pelanggan di luar jendelanya, dengan negara yang diketahui, akan berbiaya sekitar &lt;b&gt;{2}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>its own rate</source>
        <translation>tarif sendiri</translation>
    </message>
    <message>
        <source>Priced as</source>
        <translation>Ditagih sebagai</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Biaya</translation>
    </message>
    <message numerus="yes">
        <source>Not in the total: %n customer(s) outside the window whose chat name has no number, so their country and price are not known.</source>
        <translation>
            <numerusform>Tidak termasuk dalam total: %n pelanggan di luar jendela yang nama chatnya tanpa nomor, sehingga negara dan harganya tidak diketahui.</numerusform>
        </translation>
    </message>
    <message>
        <source>Meta has priced {0} on their own since the dates shown, after this card&apos;s date; the card prices them at the market they belonged to.</source>
        <translation>Meta menagih {0} dengan tarif sendiri sejak tanggal yang ditunjukkan, setelah tanggal tabel ini; tabel ini menagihnya dengan pasar asalnya.</translation>
    </message>
    <message>
        <source>You send about {0} replies a month within 24 hours of a customer&apos;s message.</source>
        <translation>Anda mengirim sekitar {0} balasan sebulan dalam 24 jam setelah pesan pelanggan.</translation>
    </message>
    <message>
        <source>Past the {0} free each month, about {1} would be charged as service messages at about {2} each: about &lt;b&gt;{3}&lt;/b&gt; a month.</source>
        <translation>Lewat dari {0} gratis tiap bulan, sekitar {1} akan ditagih sebagai pesan layanan dengan sekitar {2} per pesan: sekitar &lt;b&gt;{3}&lt;/b&gt; sebulan.</translation>
    </message>
    <message>
        <source>That is within the {0} service messages free each month.</source>
        <translation>Itu masih dalam {0} pesan layanan gratis tiap bulan.</translation>
    </message>
    <message>
        <source>Customers who write from a click-to-WhatsApp ad or a Facebook Page button, and are answered within 24 hours, can be sent anything free for the next 72 hours, templates included: reaching lapsed customers through an ad avoids the template price.</source>
        <translation>Pelanggan yang menulis dari iklan klik-ke-WhatsApp atau tombol Halaman Facebook, dan dibalas dalam 24 jam, dapat dikirimi apa saja secara gratis selama 72 jam berikutnya, termasuk template: menghubungi pelanggan lama lewat iklan menghindari harga template.</translation>
    </message>
    <message>
        <source>Rates: {0} ({1}); countries placed in markets as on Meta&apos;s pricing page of {2}.</source>
        <translation>Tarif: {0} ({1}); negara dikelompokkan ke pasar seperti di halaman harga Meta per {2}.</translation>
    </message>
    <message>
        <source>Meta may have changed rates since that date (it does so on the first day of a quarter): {0}</source>
        <translation>Meta mungkin sudah mengubah tarif sejak tanggal itu (Meta melakukannya pada hari pertama setiap kuartal): {0}</translation>
    </message>
    <message>
        <source>The card has markets wamigrate cannot place yet ({0}); their countries are priced at the market wamigrate knows for them.</source>
        <translation>Tabel ini memuat pasar yang belum bisa ditempatkan wamigrate ({0}); negara-negaranya ditagih dengan pasar yang dikenal wamigrate untuk negara itu.</translation>
    </message>
    <message>
        <source>for today&apos;s figures, download the rate card (CSV) from Meta&apos;s pricing page and give it to wamigrate (the wizard&apos;s cut-over page, or --rate-card on the command line).</source>
        <translation>untuk angka hari ini, unduh tabel tarif (CSV) dari halaman harga Meta dan berikan ke wamigrate (halaman peralihan di wizard, atau --rate-card di baris perintah).</translation>
    </message>
    <message>
        <source>No archive was given.</source>
        <translation>Tidak ada arsip yang diberikan.</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>belum pernah diverifikasi</translation>
    </message>
    <message>
        <source>last verified {0}: passed</source>
        <translation>terakhir diverifikasi {0}: lolos</translation>
    </message>
    <message>
        <source>last verified {0}: problems found</source>
        <translation>terakhir diverifikasi {0}: ada masalah</translation>
    </message>
    <message>
        <source>Export {0}</source>
        <translation>Ekspor {0}</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>File ekspor</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Diimpor</translation>
    </message>
    <message>
        <source>country not known (no number in the chat name)</source>
        <translation>negara tidak diketahui (tidak ada nomor di nama chat)</translation>
    </message>
    <message>
        <source>Live check failed</source>
        <translation>Pemeriksaan langsung gagal</translation>
    </message>
    <message>
        <source>No live check was made: the findings rest on your answers.</source>
        <translation>Tidak ada pemeriksaan langsung: temuan didasarkan pada jawaban Anda.</translation>
    </message>
    <message>
        <source>Meta could not be asked at {0}: {1} Nothing was checked live: the findings rest on your answers.</source>
        <translation>Meta tidak dapat ditanya pada {0}: {1} Tidak ada yang diperiksa langsung: temuan didasarkan pada jawaban Anda.</translation>
    </message>
    <message>
        <source>Checked with Meta&apos;s Graph API at {0}, WhatsApp Business Account {1}.</source>
        <translation>Diperiksa dengan Graph API Meta pada {0}, WhatsApp Business Account {1}.</translation>
    </message>
    <message>
        <source>display name {0} ({1})</source>
        <translation>nama tampilan {0} ({1})</translation>
    </message>
    <message>
        <source>platform {0}</source>
        <translation>platform {0}</translation>
    </message>
    <message>
        <source>quality {0}</source>
        <translation>kualitas {0}</translation>
    </message>
    <message>
        <source>messaging limit {0}</source>
        <translation>batas pesan {0}</translation>
    </message>
    <message>
        <source>throughput {0}</source>
        <translation>throughput {0}</translation>
    </message>
    <message>
        <source>also in the Business app</source>
        <translation>juga di aplikasi Business</translation>
    </message>
    <message>
        <source>not in the Business app</source>
        <translation>tidak di aplikasi Business</translation>
    </message>
    <message>
        <source>Account: {0}; business verification: {1}; account review: {2}.</source>
        <translation>Akun: {0}; verifikasi bisnis: {1}; peninjauan akun: {2}.</translation>
    </message>
    <message>
        <source>At the cut-over on {0}, &lt;b&gt;{1}&lt;/b&gt; of {2} customers are inside their 24-hour window and can get a normal reply; &lt;b&gt;{3}&lt;/b&gt; can only be contacted with an approved template. By country: {4}.</source>
        <translation>Saat peralihan pada {0}, &lt;b&gt;{1}&lt;/b&gt; dari {2} pelanggan berada di dalam jendela 24 jam dan dapat menerima balasan biasa; &lt;b&gt;{3}&lt;/b&gt; hanya dapat dihubungi dengan templat yang disetujui. Menurut negara: {4}.</translation>
    </message>
    <message>
        <source>Today {0} of customer messages are answered within 24 hours; half of the answers come within {1}.</source>
        <translation>Saat ini {0} pesan pelanggan dibalas dalam 24 jam; separuh balasan datang dalam {1}.</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages, from {2} to {3}; {4}.</source>
        <translation>{0} chat, {1} pesan, dari {2} sampai {3}; {4}.</translation>
    </message>
    <message>
        <source>Message templates: {0}.</source>
        <translation>Templat pesan: {0}.</translation>
    </message>
    <message>
        <source>Not read ({0}): {1}</source>
        <translation>Tidak terbaca ({0}): {1}</translation>
    </message>
    <message>
        <source>No checklist step has been recorded yet.</source>
        <translation>Belum ada langkah daftar periksa yang dicatat.</translation>
    </message>
    <message numerus="yes">
        <source>Not ready yet: %n blocking question(s) unanswered</source>
        <translation>
            <numerusform>Belum siap: %n pertanyaan penghambat belum dijawab</numerusform>
        </translation>
    </message>
    <message>
        <source>Route: {0} · generated {1} · rules as of {2}. Rules change: check each source&apos;s date.</source>
        <translation>Jalur: {0} · dibuat {1} · aturan per {2}. Aturan bisa berubah: periksa tanggal setiap sumber.</translation>
    </message>
    <message>
        <source>Times are in the time zone {0}.</source>
        <translation>Waktu dalam zona waktu {0}.</translation>
    </message>
    <message>
        <source>This report contains no message text and no customer phone numbers.</source>
        <translation>Laporan ini tidak berisi teks pesan dan nomor telepon pelanggan.</translation>
    </message>
    <message>
        <source>What is true today of what is often said about the API, for this route:</source>
        <translation>Apa yang benar hari ini dari yang sering dikatakan tentang API, untuk jalur ini:</translation>
    </message>
    <message>
        <source>Often said</source>
        <translation>Sering dikatakan</translation>
    </message>
    <message>
        <source>What is true</source>
        <translation>Yang benar</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Sumber</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Temuan</translation>
    </message>
    <message>
        <source>Verified live</source>
        <translation>Diverifikasi langsung</translation>
    </message>
    <message>
        <source>What changes at cut-over</source>
        <translation>Yang berubah saat peralihan</translation>
    </message>
    <message>
        <source>Chat archive</source>
        <translation>Arsip chat</translation>
    </message>
    <message>
        <source>What you may have read</source>
        <translation>Yang mungkin pernah Anda baca</translation>
    </message>
    <message>
        <source>Deregistration checklist</source>
        <translation>Daftar periksa pencabutan pendaftaran</translation>
    </message>
    <message>
        <source>WhatsApp Business Platform readiness</source>
        <translation>Kesiapan WhatsApp Business Platform</translation>
    </message>
    <message>
        <source>The archive is verified after the last import</source>
        <translation>Arsip sudah diverifikasi setelah impor terakhir</translation>
    </message>
    <message>
        <source>Two-step verification: PIN noted or turned off</source>
        <translation>Verifikasi dua langkah: PIN dicatat atau dinonaktifkan</translation>
    </message>
    <message>
        <source>Export the chats with new messages once more, import and verify them</source>
        <translation>Ekspor sekali lagi chat yang punya pesan baru, impor dan verifikasi</translation>
    </message>
    <message>
        <source>Delete the account in the app: Settings ▸ Account ▸ Delete my account</source>
        <translation>Hapus akun di aplikasi: Setelan ▸ Akun ▸ Hapus akun saya</translation>
    </message>
    <message>
        <source>Wait at least 5 minutes before registering the number</source>
        <translation>Tunggu minimal 5 menit sebelum mendaftarkan nomor</translation>
    </message>
    <message>
        <source>Do not register the number in a WhatsApp app again</source>
        <translation>Jangan daftarkan nomor di aplikasi WhatsApp lagi</translation>
    </message>
    <message>
        <source>Register the number on the API with your provider</source>
        <translation>Daftarkan nomor di API melalui penyedia Anda</translation>
    </message>
    <message>
        <source>WhatsApp Business app 2.24.17 or newer</source>
        <translation>Aplikasi WhatsApp Business 2.24.17 atau lebih baru</translation>
    </message>
    <message>
        <source>Linked devices will be unlinked; staff told</source>
        <translation>Perangkat tertaut akan diputus; staf sudah diberi tahu</translation>
    </message>
    <message>
        <source>Two-step verification turned off in WhatsApp Manager</source>
        <translation>Verifikasi dua langkah dinonaktifkan di WhatsApp Manager</translation>
    </message>
    <message>
        <source>Display name approved, no name change pending</source>
        <translation>Nama tampilan disetujui, tidak ada perubahan nama yang tertunda</translation>
    </message>
    <message>
        <source>A payment method on the business portfolio</source>
        <translation>Metode pembayaran di portofolio bisnis</translation>
    </message>
    <message>
        <source>Choose how you are moving the number.</source>
        <translation>Pilih cara Anda memindahkan nomor.</translation>
    </message>
    <message>
        <source>Enter the phone number with its country code.</source>
        <translation>Masukkan nomor telepon dengan kode negaranya.</translation>
    </message>
    <message>
        <source>Say which WhatsApp app the number is on now.</source>
        <translation>Sebutkan aplikasi WhatsApp tempat nomor itu sekarang.</translation>
    </message>
    <message>
        <source>Create an archive, or unlock the one you made before.</source>
        <translation>Buat arsip, atau buka kunci arsip yang Anda buat sebelumnya.</translation>
    </message>
    <message>
        <source>Confirm that you saved the recovery key.</source>
        <translation>Konfirmasi bahwa Anda sudah menyimpan kunci pemulihan.</translation>
    </message>
    <message>
        <source>Import at least one exported chat.</source>
        <translation>Impor minimal satu chat yang diekspor.</translation>
    </message>
    <message>
        <source>Verify the archive: it must pass after the last import before the account can be deleted.</source>
        <translation>Verifikasi arsip: harus lolos setelah impor terakhir sebelum akun dapat dihapus.</translation>
    </message>
    <message>
        <source>Still to do: {0}.</source>
        <translation>Masih harus dilakukan: {0}.</translation>
    </message>
    <message>
        <source>Verify the archive first (page &apos;Review and verify&apos;).</source>
        <translation>Verifikasi arsip dulu (halaman &quot;Tinjau dan verifikasi&quot;).</translation>
    </message>
    <message>
        <source>Export again the chats that got new messages since your last export, and import them with “Import the final exports…” below. Until then those messages are only on the phone.</source>
        <translation>Ekspor lagi chat yang mendapat pesan baru sejak ekspor terakhir Anda, lalu impor dengan “Impor ekspor terakhir…” di bawah. Sampai saat itu, pesan tersebut hanya ada di ponsel.</translation>
    </message>
    <message>
        <source>Verify the archive after this import (“Verify now” below).</source>
        <translation>Verifikasi arsip setelah impor ini (“Verifikasi sekarang” di bawah).</translation>
    </message>
    <message>
        <source>First: {0}.</source>
        <translation>Lebih dulu: {0}.</translation>
    </message>
    <message>
        <source>Verify the archive after the last import first (“Verify now” below).</source>
        <translation>Verifikasi dulu arsip setelah impor terakhir (“Verifikasi sekarang” di bawah).</translation>
    </message>
    <message>
        <source>Run the readiness check first (page &apos;Business readiness&apos;).</source>
        <translation>Jalankan dulu pemeriksaan kesiapan (halaman &apos;Kesiapan bisnis&apos;).</translation>
    </message>
    <message>
        <source>Tap Confirm during onboarding; the provider starts the history sync within 24 hours</source>
        <translation>Ketuk Konfirmasi saat orientasi; penyedia memulai sinkronisasi riwayat dalam 24 jam</translation>
    </message>
    <message>
        <source>Open the Business app at least every 13 days, or the API side disconnects</source>
        <translation>Buka aplikasi Business setidaknya setiap 13 hari, atau sisi API terputus</translation>
    </message>
    <message numerus="yes">
        <source>The readiness check still finds %n blocker(s), failed or unanswered: {0}. Fix or answer them on the page &apos;Business readiness&apos; first.</source>
        <translation>
            <numerusform>Pemeriksaan kesiapan masih menemukan %n penghambat, gagal atau belum dijawab: {0}. Perbaiki atau jawab dulu di halaman &apos;Kesiapan bisnis&apos;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wait %n more minute(s) after deleting the account.</source>
        <translation>
            <numerusform>Tunggu %n menit lagi setelah menghapus akun.</numerusform>
        </translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>seluler</translation>
    </message>
    <message>
        <source>landline</source>
        <translation>telepon rumah</translation>
    </message>
    <message>
        <source>mobile or landline</source>
        <translation>seluler atau telepon rumah</translation>
    </message>
    <message>
        <source>toll-free</source>
        <translation>bebas pulsa</translation>
    </message>
    <message>
        <source>VoIP</source>
        <translation>VoIP</translation>
    </message>
    <message>
        <source>premium-rate</source>
        <translation>tarif premium</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>universal access</source>
        <translation>akses universal</translation>
    </message>
    <message>
        <source>shared cost</source>
        <translation>biaya bersama</translation>
    </message>
    <message>
        <source>personal (forwarding)</source>
        <translation>pribadi (penerusan)</translation>
    </message>
    <message>
        <source>Enter the phone number.</source>
        <translation>Masukkan nomor telepon.</translation>
    </message>
    <message>
        <source>Choose the country, or start the number with + and its code.</source>
        <translation>Pilih negara, atau awali nomor dengan + dan kodenya.</translation>
    </message>
    <message>
        <source>This is not a phone number yet.</source>
        <translation>Ini belum nomor telepon.</translation>
    </message>
    <message>
        <source>The number has too few or too many digits.</source>
        <translation>Jumlah digit nomor terlalu sedikit atau terlalu banyak.</translation>
    </message>
    <message>
        <source>No number like this is in use in that country: check the digits.</source>
        <translation>Tidak ada nomor seperti ini yang dipakai di negara itu: periksa digitnya.</translation>
    </message>
    <message>
        <source>unknown type</source>
        <translation>jenis tidak dikenal</translation>
    </message>
    <message>
        <source>Pager numbers cannot be used on the WhatsApp Business Platform.</source>
        <translation>Nomor pager tidak dapat dipakai di WhatsApp Business Platform.</translation>
    </message>
    <message>
        <source>Meta sends the registration code by SMS or by voice call: if neither reaches this number, it cannot be registered. Make sure it can receive one of them before you start.</source>
        <translation>Meta mengirim kode pendaftaran lewat SMS atau panggilan suara: jika keduanya tidak sampai ke nomor ini, nomor tidak bisa didaftarkan. Pastikan nomor bisa menerima salah satunya sebelum mulai.</translation>
    </message>
    <message>
        <source>This is a landline: landlines usually cannot receive SMS, so ask for Meta&apos;s code by voice call, and make sure the line answers calls (no menu or voicemail picking up first).</source>
        <translation>Ini nomor telepon rumah: telepon rumah biasanya tidak bisa menerima SMS, jadi minta kode Meta lewat panggilan suara, dan pastikan saluran menjawab panggilan (tanpa menu atau kotak suara yang menjawab lebih dulu).</translation>
    </message>
    <message>
        <source>Two-step verification must be turned off in WhatsApp Manager before the move.</source>
        <translation>Verifikasi dua langkah harus dimatikan di WhatsApp Manager sebelum pemindahan.</translation>
    </message>
    <message>
        <source>Write the two-step PIN down now, somewhere safe: you need it if WhatsApp asks for it, and the checklist asks you to note it or turn it off before the account is deleted.</source>
        <translation>Catat PIN verifikasi dua langkah sekarang, di tempat yang aman: Anda memerlukannya jika WhatsApp memintanya, dan daftar periksa meminta Anda mencatat atau mematikannya sebelum akun dihapus.</translation>
    </message>
    <message>
        <source>The app account is already deleted, so coexistence is no longer possible: finish the full migration and register the number with your provider.</source>
        <translation>Akun aplikasi sudah dihapus, jadi koeksistensi tidak lagi mungkin: selesaikan migrasi penuh dan daftarkan nomor melalui penyedia Anda.</translation>
    </message>
    <message>
        <source>The number is already on the API with a provider: move it to the new provider. To add a provider beside the current one, Conversation Routing (since October 2026) may spare the move.</source>
        <translation>Nomor sudah ada di API dengan penyedia: pindahkan ke penyedia baru. Untuk menambah penyedia di samping yang sekarang, Conversation Routing (sejak Oktober 2026) mungkin membuat pemindahan tidak perlu.</translation>
    </message>
    <message>
        <source>The number is on the ordinary WhatsApp app: coexistence needs the WhatsApp Business app, so either the account is deleted from the app (after backing up every chat), or the number first moves to the WhatsApp Business app on the same phone and is used there for a week before coexistence (reported by providers; Meta&apos;s help text on moving chats to the Business app was not checked).</source>
        <translation>Nomor ada di aplikasi WhatsApp biasa: koeksistensi memerlukan aplikasi WhatsApp Business, jadi akun dihapus dari aplikasi (setelah mencadangkan semua chat), atau nomor dipindah dulu ke aplikasi WhatsApp Business di ponsel yang sama dan dipakai di sana selama seminggu sebelum koeksistensi (dilaporkan penyedia; teks bantuan Meta tentang memindahkan chat ke aplikasi Business belum diperiksa).</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app: coexistence keeps the app working beside the API and shares up to six months of one-to-one chat history with your provider, if the provider runs the sync within 24 hours of onboarding.</source>
        <translation>Nomor ada di aplikasi WhatsApp Business: koeksistensi membuat aplikasi tetap berfungsi di samping API dan membagikan riwayat chat pribadi hingga enam bulan ke penyedia Anda, jika penyedia menjalankan sinkronisasi dalam 24 jam setelah orientasi.</translation>
    </message>
    <message>
        <source>Most of your customers last wrote more than 24 hours before the cut-over: with coexistence you can keep answering them from the app, free of charge (on the API the first reply to them must be a template).</source>
        <translation>Sebagian besar pelanggan Anda terakhir menulis lebih dari 24 jam sebelum peralihan: dengan koeksistensi Anda bisa terus membalas dari aplikasi, gratis (di API balasan pertama untuk mereka harus berupa template).</translation>
    </message>
    <message>
        <source>The number is not on WhatsApp yet: it can be registered on the API directly.</source>
        <translation>Nomor belum ada di WhatsApp: nomor dapat langsung didaftarkan di API.</translation>
    </message>
    <message>
        <source>Say where the number is now (just above) to get a suggestion.</source>
        <translation>Sebutkan di mana nomor berada sekarang (tepat di atas) untuk mendapat saran.</translation>
    </message>
    <message>
        <source>Welcome back: unlock your archive to continue</source>
        <translation>Selamat datang kembali: buka kunci arsip Anda untuk melanjutkan</translation>
    </message>
    <message>
        <source>Web page, photos inside (.html)</source>
        <translation>Halaman web, foto di dalamnya (.html)</translation>
    </message>
    <message>
        <source>Web page with a folder of media (.html)</source>
        <translation>Halaman web dengan folder media (.html)</translation>
    </message>
    <message>
        <source>PDF document (.pdf)</source>
        <translation>Dokumen PDF (.pdf)</translation>
    </message>
    <message>
        <source>Text, as WhatsApp exports it (.txt)</source>
        <translation>Teks, seperti ekspor WhatsApp (.txt)</translation>
    </message>
    <message>
        <source>JSON, for other programs (.json)</source>
        <translation>JSON, untuk program lain (.json)</translation>
    </message>
    <message>
        <source>Export “{0}”</source>
        <translation>Ekspor &quot;{0}&quot;</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The whole chat</source>
        <translation>Seluruh chat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>From – until</source>
        <translation>Dari – sampai</translation>
    </message>
    <message>
        <source>The exported file is not encrypted: anyone who gets it can read these messages. Keep it safe.</source>
        <translation>File ekspor tidak dienkripsi: siapa pun yang mendapatkannya dapat membaca pesan-pesan ini. Simpan dengan aman.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Ekspor…</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>Ekspor ke</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>The first date is after the last one.</source>
        <translation>Tanggal pertama setelah tanggal terakhir.</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>Mengekspor</translation>
    </message>
    <message>
        <source>Writing {0}…</source>
        <translation>Menulis {0}…</translation>
    </message>
    <message>
        <source>Saved to {0}.</source>
        <translation>Disimpan ke {0}.</translation>
    </message>
    <message>
        <source>Save the media files into</source>
        <translation>Simpan file media ke</translation>
    </message>
    <message>
        <source>Exporting media</source>
        <translation>Mengekspor media</translation>
    </message>
    <message>
        <source>Writing media files into {0}…</source>
        <translation>Menulis file media ke {0}…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln file disimpan di {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save the customer list</source>
        <translation>Simpan daftar pelanggan</translation>
    </message>
    <message>
        <source>customers.csv</source>
        <translation>pelanggan.csv</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the customer list</source>
        <translation>Mengekspor daftar pelanggan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s) saved in {0}.</source>
        <translation>
            <numerusform>%Ln pelanggan disimpan di {0}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The archive is intact: {0} messages from {1} export files and {2} media files all checked.</source>
        <translation>Arsip utuh: {0} pesan dari {1} file ekspor dan {2} file media, semuanya sudah diperiksa.</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Masalah yang ditemukan:</translation>
    </message>
    <message>
        <source>Verify archive</source>
        <translation>Verifikasi arsip</translation>
    </message>
    <message>
        <source>Reading every page, message and media file…</source>
        <translation>Membaca setiap halaman, pesan, dan file media…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Ganti frasa sandi</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frasa sandi saat ini</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Frasa sandi baru</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ganti</translation>
    </message>
    <message>
        <source>Changing… (about two seconds)</source>
        <translation>Mengganti… (sekitar dua detik)</translation>
    </message>
    <message>
        <source>New recovery key</source>
        <translation>Kunci pemulihan baru</translation>
    </message>
    <message>
        <source>A new recovery key will replace the current one, which will stop working at once. Make a new key if the old one was lost or seen by someone else. Continue?</source>
        <translation>Kunci pemulihan baru akan menggantikan yang sekarang, yang langsung tidak berlaku lagi. Buat kunci baru jika kunci lama hilang atau dilihat orang lain. Lanjutkan?</translation>
    </message>
    <message>
        <source>Making a new recovery key…</source>
        <translation>Membuat kunci pemulihan baru…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Selesai.</translation>
    </message>
    <message>
        <source>Jump to date</source>
        <translation>Lompat ke tanggal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>wamigrate — chat archive</source>
        <translation>wamigrate — arsip chat</translation>
    </message>
    <message>
        <source>Read only</source>
        <translation>Hanya baca</translation>
    </message>
    <message>
        <source>Filter chats by name</source>
        <translation>Saring chat menurut nama</translation>
    </message>
    <message>
        <source>Filter chats</source>
        <translation>Saring chat</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Cari</translation>
    </message>
    <message>
        <source>Chats or search</source>
        <translation>Chat atau pencarian</translation>
    </message>
    <message>
        <source>Chat</source>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Jump to date…</source>
        <translation>Lompat ke tanggal…</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Import chat exports…</source>
        <translation>Impor ekspor chat…</translation>
    </message>
    <message>
        <source>Unlock…</source>
        <translation>Buka kunci…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>&amp;Arsip</translation>
    </message>
    <message>
        <source>&amp;Import chat exports…</source>
        <translation>&amp;Impor ekspor chat…</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Ekspor chat ini…</translation>
    </message>
    <message>
        <source>Export this chat&apos;s &amp;media…</source>
        <translation>Ekspor &amp;media chat ini…</translation>
    </message>
    <message>
        <source>Export the &amp;customer list…</source>
        <translation>Ekspor daftar &amp;pelanggan…</translation>
    </message>
    <message>
        <source>&amp;Verify archive</source>
        <translation>&amp;Verifikasi arsip</translation>
    </message>
    <message>
        <source>Change &amp;passphrase…</source>
        <translation>Ganti &amp;frasa sandi…</translation>
    </message>
    <message>
        <source>New &amp;recovery key…</source>
        <translation>Kunci pe&amp;mulihan baru…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Kunci</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Tutup</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Search messages</source>
        <translation>&amp;Cari pesan</translation>
    </message>
    <message>
        <source>&amp;Jump to date…</source>
        <translation>&amp;Lompat ke tanggal…</translation>
    </message>
    <message>
        <source>Chat &amp;details</source>
        <translation>&amp;Detail chat</translation>
    </message>
    <message>
        <source>This is &amp;me</source>
        <translation>Ini &amp;saya</translation>
    </message>
    <message>
        <source>Sort chats by</source>
        <translation>Urutkan chat menurut</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Aktivitas terbaru</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Like the system</source>
        <translation>Seperti sistem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Terang</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Gelap</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>About wamigrate</source>
        <translation>Tentang wamigrate</translation>
    </message>
    <message>
        <source>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Moves a WhatsApp number to the WhatsApp Business Platform without losing its chats: an encrypted archive of every conversation, the checks Meta applies, and a report for your provider.&lt;/p&gt;&lt;p&gt;Everything stays on this computer: the archive is encrypted with your passphrase, and nothing is sent anywhere unless you ask for the check with Meta.&lt;/p&gt;</source>
        <translation>&lt;b&gt;wamigrate {0}&lt;/b&gt;&lt;p&gt;Memindahkan nomor WhatsApp ke WhatsApp Business Platform tanpa kehilangan chat: arsip terenkripsi dari setiap percakapan, pemeriksaan yang diterapkan Meta, dan laporan untuk penyedia Anda.&lt;/p&gt;&lt;p&gt;Semuanya tetap di komputer ini: arsip dienkripsi dengan frasa sandi Anda, dan tidak ada yang dikirim ke mana pun kecuali Anda meminta pemeriksaan dengan Meta.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n menit</numerusform>
        </translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Kunci saat tidak aktif selama</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;About wamigrate</source>
        <translation>&amp;Tentang wamigrate</translation>
    </message>
    <message>
        <source>Archive: {0}</source>
        <translation>Arsip: {0}</translation>
    </message>
    <message>
        <source>Read only: {0}</source>
        <translation>Hanya baca: {0}</translation>
    </message>
    <message>
        <source>This archive has no chats yet. Import the chat exports you made on the phone.</source>
        <translation>Arsip ini belum berisi chat. Impor ekspor chat yang Anda buat di ponsel.</translation>
    </message>
    <message>
        <source>Choose a chat on the left, or search all chats with Ctrl+F.</source>
        <translation>Pilih chat di kiri, atau cari di semua chat dengan Ctrl+F.</translation>
    </message>
    <message>
        <source>No senders yet</source>
        <translation>Belum ada pengirim</translation>
    </message>
    <message>
        <source>Messages from {0} are shown as yours.</source>
        <translation>Pesan dari {0} ditampilkan sebagai pesan Anda.</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grup</translation>
    </message>
    <message>
        <source>Copy text</source>
        <translation>Salin teks</translation>
    </message>
    <message>
        <source>Open media…</source>
        <translation>Buka media…</translation>
    </message>
    <message>
        <source>Go to the quoted message</source>
        <translation>Buka pesan yang dikutip</translation>
    </message>
    <message>
        <source>Open {0}</source>
        <translation>Buka {0}</translation>
    </message>
    <message>
        <source>The archive is locked.
{0}</source>
        <translation>Arsip terkunci.
{0}</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>Media</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <source>Poll</source>
        <translation>Polling</translation>
    </message>
    <message>
        <source>Deleted message</source>
        <translation>Pesan dihapus</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Panggilan</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
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
        <translation>Pesan suara</translation>
    </message>
    <message>
        <source>Sticker</source>
        <translation>Stiker</translation>
    </message>
    <message>
        <source>GIF</source>
        <translation>GIF</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Kartu kontak</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Reactions: {0}</source>
        <translation>Reaksi: {0}</translation>
    </message>
    <message>
        <source>group</source>
        <translation>grup</translation>
    </message>
    <message>
        <source>chat</source>
        <translation>chat</translation>
    </message>
    <message>
        <source>reply to {0}</source>
        <translation>balasan untuk {0}</translation>
    </message>
    <message>
        <source>a message not in this chat</source>
        <translation>pesan yang tidak ada di chat ini</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Balasan</translation>
    </message>
    <message>
        <source>The quoted message is not in this chat of the archive</source>
        <translation>Pesan yang dikutip tidak ada di chat arsip ini</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>diedit</translation>
    </message>
    <message>
        <source>double-click to open</source>
        <translation>klik dua kali untuk membuka</translation>
    </message>
    <message>
        <source>add the phone&apos;s Media folder to see it</source>
        <translation>tambahkan folder Media ponsel untuk melihatnya</translation>
    </message>
    <message>
        <source>not included in the export</source>
        <translation>tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>media left out of the export</source>
        <translation>media tidak disertakan dalam ekspor</translation>
    </message>
    <message>
        <source>Loading photo…</source>
        <translation>Memuat foto…</translation>
    </message>
    <message>
        <source>One-to-one chat</source>
        <translation>Chat pribadi</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s)</source>
        <translation>
            <numerusform>%Ln pesan</numerusform>
        </translation>
    </message>
    <message>
        <source>Participants ({0})</source>
        <translation>Peserta ({0})</translation>
    </message>
    <message>
        <source>not included in the export: {0}</source>
        <translation>tidak disertakan dalam ekspor: {0}</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Tidak ada</translation>
    </message>
    <message>
        <source>Imported from</source>
        <translation>Diimpor dari</translation>
    </message>
    <message>
        <source>imported {0}</source>
        <translation>diimpor {0}</translation>
    </message>
    <message>
        <source>line {0}: </source>
        <translation>baris {0}: </translation>
    </message>
    <message>
        <source>Chat details</source>
        <translation>Detail chat</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <source>Messages per month</source>
        <translation>Pesan per bulan</translation>
    </message>
    <message>
        <source>How are the dates written?</source>
        <translation>Bagaimana tanggal ditulis?</translation>
    </message>
    <message>
        <source>The dates in {0} can be read two ways. When was the first message sent?</source>
        <translation>Tanggal di {0} dapat dibaca dengan dua cara. Kapan pesan pertama dikirim?</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah file…</translation>
    </message>
    <message>
        <source>Add a folder…</source>
        <translation>Tambah folder…</translation>
    </message>
    <message>
        <source>Add the phone&apos;s backup…</source>
        <translation>Tambahkan cadangan ponsel…</translation>
    </message>
    <message>
        <source>msgstore.db.crypt15, copied from the phone&apos;s WhatsApp/Databases folder</source>
        <translation>msgstore.db.crypt15, disalin dari folder WhatsApp/Databases di ponsel</translation>
    </message>
    <message>
        <source>Add an iPhone backup…</source>
        <translation>Tambahkan cadangan iPhone…</translation>
    </message>
    <message>
        <source>A backup of the iPhone made on this computer (Finder, iTunes, Apple Devices)</source>
        <translation>Cadangan iPhone yang dibuat di komputer ini (Finder, iTunes, Apple Devices)</translation>
    </message>
    <message>
        <source>Remove from list</source>
        <translation>Hapus dari daftar</translation>
    </message>
    <message>
        <source>Exports to import</source>
        <translation>Ekspor yang akan diimpor</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>New messages</source>
        <translation>Pesan baru</translation>
    </message>
    <message>
        <source>Already in the archive</source>
        <translation>Sudah ada di arsip</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <source>Notes on the selected file</source>
        <translation>Catatan tentang file yang dipilih</translation>
    </message>
    <message>
        <source>Import what can be read</source>
        <translation>Impor yang bisa dibaca</translation>
    </message>
    <message>
        <source>Import this database&apos;s messages without the parts it lacks</source>
        <translation>Impor pesan basis data ini tanpa bagian yang tidak ada</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Semua file</translation>
    </message>
    <message>
        <source>All files: %p%</source>
        <translation>Semua file: %p%</translation>
    </message>
    <message>
        <source>Current file</source>
        <translation>File saat ini</translation>
    </message>
    <message>
        <source>This file: %p%</source>
        <translation>File ini: %p%</translation>
    </message>
    <message>
        <source>Import speed</source>
        <translation>Kecepatan impor</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Impor</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Batalkan impor</translation>
    </message>
    <message>
        <source>Import result</source>
        <translation>Hasil impor</translation>
    </message>
    <message>
        <source>Choose chat exports</source>
        <translation>Pilih ekspor chat</translation>
    </message>
    <message>
        <source>Chat exports</source>
        <translation>Ekspor chat</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s backup</source>
        <translation>Pilih cadangan ponsel</translation>
    </message>
    <message>
        <source>Phone backups</source>
        <translation>Cadangan ponsel</translation>
    </message>
    <message>
        <source>Choose a folder of chat exports</source>
        <translation>Pilih folder ekspor chat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Mengimpor…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) from the phone</source>
        <translation>
            <numerusform>%Ln chat dari ponsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln exported copy(ies) replaced by the phone&apos;s records</source>
        <translation>
            <numerusform>%Ln salinan ekspor diganti dengan catatan ponsel</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln media file(s) stored</source>
        <translation>
            <numerusform>%Ln file media disimpan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) skipped: expand to see why</source>
        <translation>
            <numerusform>%Ln file dilewati: buka untuk melihat alasannya</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the dates…</source>
        <translation>Periksa tanggal…</translation>
    </message>
    <message>
        <source>The dates in this file could be read two ways.</source>
        <translation>Tanggal di file ini bisa dibaca dengan dua cara.</translation>
    </message>
    <message>
        <source>The dates could be read two ways: click “Check the dates…” to see both readings.</source>
        <translation>Tanggal bisa dibaca dengan dua cara: klik “Periksa tanggal…” untuk melihat kedua bacaan.</translation>
    </message>
    <message>
        <source>{0} of {1} read, {2} a second</source>
        <translation>{0} dari {1} dibaca, {2} per detik</translation>
    </message>
    <message>
        <source>Already imported earlier</source>
        <translation>Sudah diimpor sebelumnya</translation>
    </message>
    <message numerus="yes">
        <source>%Ln warning(s): expand to read them</source>
        <translation>
            <numerusform>%Ln peringatan: buka untuk membacanya</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} messages read, {1} messages a second</source>
        <translation>{0} pesan dibaca, {1} pesan per detik</translation>
    </message>
    <message>
        <source>Dates checked</source>
        <translation>Tanggal sudah diperiksa</translation>
    </message>
    <message>
        <source>Drop chat exports here (.txt or .zip files, or folders of them), or the phone&apos;s msgstore.db.crypt15.</source>
        <translation>Letakkan ekspor chat di sini (file .txt atau .zip, atau foldernya), atau msgstore.db.crypt15 dari ponsel.</translation>
    </message>
    <message>
        <source>Reading again…</source>
        <translation>Membaca lagi…</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>Tidak diimpor</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Membatalkan…</translation>
    </message>
    <message numerus="yes">
        <source>Done: %Ln new message(s) in the archive.</source>
        <translation>
            <numerusform>Selesai: %Ln pesan baru di arsip.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new: these files were already in the archive.</source>
        <translation>Tidak ada yang baru: file-file ini sudah ada di arsip.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was imported: %Ln file(s) could not be read. Select one to see why.</source>
        <translation>
            <numerusform>Tidak ada yang diimpor: %Ln file tidak bisa dibaca. Pilih salah satu untuk melihat alasannya.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln file(s) could not be read: select one to see why.</source>
        <translation>
            <numerusform>%Ln file tidak bisa dibaca: pilih salah satu untuk melihat alasannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before, except {0}: it had already been read again with the other date order when Cancel took effect.</source>
        <translation>Impor dibatalkan. Arsip kembali seperti semula, kecuali {0}: file itu sudah dibaca ulang dengan urutan tanggal yang lain saat pembatalan berlaku.</translation>
    </message>
    <message>
        <source>Import cancelled. The archive is as it was before.</source>
        <translation>Impor dibatalkan. Arsip tetap seperti sebelumnya.</translation>
    </message>
    <message>
        <source>Import chat exports</source>
        <translation>Impor ekspor chat</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Kemajuan</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Dibatalkan. Tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran asli</translation>
    </message>
    <message>
        <source>Open in another app</source>
        <translation>Buka di aplikasi lain</translation>
    </message>
    <message>
        <source>Makes a private temporary copy for the other app; it is deleted when you close this window.</source>
        <translation>Membuat salinan sementara pribadi untuk aplikasi lain; salinan dihapus saat Anda menutup jendela ini.</translation>
    </message>
    <message>
        <source>Save a copy…</source>
        <translation>Simpan salinan…</translation>
    </message>
    <message>
        <source>This file was not included in the export, so the archive does not have it.</source>
        <translation>File ini tidak disertakan dalam ekspor, jadi arsip tidak memilikinya.</translation>
    </message>
    <message>
        <source>Sent by {0} on {1}</source>
        <translation>Dikirim oleh {0} pada {1}</translation>
    </message>
    <message>
        <source>(notice)</source>
        <translation>(pemberitahuan)</translation>
    </message>
    <message>
        <source>Size: {0}</source>
        <translation>Ukuran: {0}</translation>
    </message>
    <message>
        <source>The file is missing from the archive. Run “Verify archive” to check it.</source>
        <translation>File tidak ada di arsip. Jalankan &quot;Verifikasi arsip&quot; untuk memeriksanya.</translation>
    </message>
    <message>
        <source>wamigrate cannot show this kind of file itself. Use “Open in another app” or “Save a copy…”.</source>
        <translation>wamigrate tidak dapat menampilkan jenis file ini. Gunakan &quot;Buka di aplikasi lain&quot; atau &quot;Simpan salinan…&quot;.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Simpan salinan</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Semua file (*)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>The copy could not be saved: {0}</source>
        <translation>Salinan tidak dapat disimpan: {0}</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frasa sandi</translation>
    </message>
    <message>
        <source>A few unrelated words, e.g. copper lantern orbit 47</source>
        <translation>Beberapa kata yang tidak berhubungan, mis. tembaga lentera orbit 47</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Frasa sandi sekali lagi</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Ketik sekali lagi</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Frasa sandi yang sama sekali lagi</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Tampilkan frasa sandi</translation>
    </message>
    <message>
        <source>Passphrase feedback</source>
        <translation>Umpan balik frasa sandi</translation>
    </message>
    <message>
        <source>Caps Lock seems to be on.</source>
        <translation>Caps Lock tampaknya aktif.</translation>
    </message>
    <message>
        <source>Enter a passphrase.</source>
        <translation>Masukkan frasa sandi.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Kedua frasa sandi belum sama.</translation>
    </message>
    <message>
        <source>Strong enough. Spaces at the start or end are ignored.</source>
        <translation>Cukup kuat. Spasi di awal atau akhir diabaikan.</translation>
    </message>
    <message>
        <source>At least 10 characters; a few unrelated words are easy to remember.</source>
        <translation>Minimal 10 karakter; beberapa kata yang tidak berhubungan mudah diingat.</translation>
    </message>
    <message>
        <source>wamigrate recovery kit</source>
        <translation>kit pemulihan wamigrate</translation>
    </message>
    <message>
        <source>Made on: {0}</source>
        <translation>Dibuat pada: {0}</translation>
    </message>
    <message>
        <source>This key opens the archive if the passphrase is forgotten. Anyone who has it and the archive can read every message in it.</source>
        <translation>Kunci ini membuka arsip jika frasa sandi terlupa. Siapa pun yang memiliki kunci dan arsipnya dapat membaca setiap pesan di dalamnya.</translation>
    </message>
    <message>
        <source>Keep it somewhere safe and away from the computer that holds the archive: printed in a locked drawer, or in a password manager.</source>
        <translation>Simpan di tempat aman dan jauh dari komputer yang menyimpan arsip: dicetak di laci terkunci, atau di pengelola kata sandi.</translation>
    </message>
    <message>
        <source>This is your recovery key. It opens the archive if you forget the passphrase. It is shown only now: save it, print it or write it down, and keep it away from this computer.</source>
        <translation>Ini kunci pemulihan Anda. Kunci ini membuka arsip jika Anda lupa frasa sandi. Kunci hanya ditampilkan sekarang: simpan, cetak, atau tuliskan, dan jauhkan dari komputer ini.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Kunci pemulihan</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Salin</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>To show you kept it, type the last group of the key (the four characters after the last dash):</source>
        <translation>Untuk menunjukkan bahwa Anda menyimpannya, ketik kelompok terakhir kunci (empat karakter setelah tanda hubung terakhir):</translation>
    </message>
    <message>
        <source>Last group of the recovery key</source>
        <translation>Kelompok terakhir kunci pemulihan</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>Pemeriksaan kunci pemulihan</translation>
    </message>
    <message>
        <source>That is the last group.</source>
        <translation>Itu grup terakhir.</translation>
    </message>
    <message>
        <source>Not the last group yet.</source>
        <translation>Belum grup terakhir.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your password manager, then clear the clipboard.</source>
        <translation>Disalin. Tempel ke pengelola kata sandi Anda, lalu kosongkan papan klip.</translation>
    </message>
    <message>
        <source>Sent to the printer.</source>
        <translation>Dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the recovery kit</source>
        <translation>Simpan kit pemulihan</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be saved: {0}</source>
        <translation>PDF tidak dapat disimpan: {0}</translation>
    </message>
    <message>
        <source>Saved to {0}. Move it off this computer (a USB stick, a password manager).</source>
        <translation>Disimpan ke {0}. Pindahkan dari komputer ini (flashdisk, pengelola kata sandi).</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Kunci pemulihan Anda</translation>
    </message>
    <message>
        <source>I have saved it</source>
        <translation>Saya sudah menyimpannya</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>Kunci pemulihan belum disimpan</translation>
    </message>
    <message>
        <source>You have not typed back the key&apos;s last group. Without the key, a forgotten passphrase means the archive is lost. Close anyway?</source>
        <translation>Anda belum mengetik kelompok terakhir kunci. Tanpa kunci, frasa sandi yang terlupa berarti arsip hilang. Tetap tutup?</translation>
    </message>
    <message>
        <source>Search messages (Ctrl+F)</source>
        <translation>Cari pesan (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search messages</source>
        <translation>Cari pesan</translation>
    </message>
    <message>
        <source>Where to search</source>
        <translation>Tempat mencari</translation>
    </message>
    <message>
        <source>All chats</source>
        <translation>Semua chat</translation>
    </message>
    <message>
        <source>This chat</source>
        <translation>Chat ini</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Filter by sender, date and kind of message</source>
        <translation>Saring menurut pengirim, tanggal, dan jenis pesan</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Pengirim</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Siapa saja</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Jenis pesan</translation>
    </message>
    <message>
        <source>Any kind</source>
        <translation>Jenis apa saja</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Search status</source>
        <translation>Status pencarian</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Hasil pencarian</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>tanggal kapan saja</translation>
    </message>
    <message>
        <source>Type words to find, or choose a filter.</source>
        <translation>Ketik kata yang dicari, atau pilih filter.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Mencari…</translation>
    </message>
    <message>
        <source>No messages found.</source>
        <translation>Tidak ada pesan yang ditemukan.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found so far; more appear as you scroll.</source>
        <translation>
            <numerusform>%Ln pesan ditemukan sejauh ini; lebih banyak muncul saat Anda menggulir.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s) found.</source>
        <translation>
            <numerusform>%Ln pesan ditemukan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the recovery key.</source>
        <translation>Masukkan kunci pemulihan.</translation>
    </message>
    <message>
        <source>Unlock archive</source>
        <translation>Buka kunci arsip</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Arsip</translation>
    </message>
    <message>
        <source>Archive folder</source>
        <translation>Folder arsip</translation>
    </message>
    <message>
        <source>With the passphrase</source>
        <translation>Dengan frasa sandi</translation>
    </message>
    <message>
        <source>With the recovery key</source>
        <translation>Dengan kunci pemulihan</translation>
    </message>
    <message>
        <source>Unlock result</source>
        <translation>Hasil buka kunci</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Choose the archive folder.</source>
        <translation>Pilih folder arsip.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes about a second)</source>
        <translation>Membuka kunci… (sekitar satu detik)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Date of the advice</source>
        <translation>Tanggal saran</translation>
    </message>
    <message>
        <source>What is still needed on this page</source>
        <translation>Yang masih diperlukan di halaman ini</translation>
    </message>
    <message>
        <source>To continue: {0}</source>
        <translation>Untuk melanjutkan: {0}</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Hello!</source>
        <translation>Halo!</translation>
    </message>
    <message>
        <source>Thanks</source>
        <translation>Terima kasih</translation>
    </message>
    <message>
        <source>1. Open the chat, tap the name at the top</source>
        <translation>1. Buka chat, ketuk nama di atas</translation>
    </message>
    <message>
        <source>Contact info</source>
        <translation>Info kontak</translation>
    </message>
    <message>
        <source>Media, links</source>
        <translation>Media, tautan</translation>
    </message>
    <message>
        <source>Starred</source>
        <translation>Berbintang</translation>
    </message>
    <message>
        <source>Export Chat</source>
        <translation>Ekspor Chat</translation>
    </message>
    <message>
        <source>Clear Chat</source>
        <translation>Bersihkan Chat</translation>
    </message>
    <message>
        <source>2. Tap Export Chat</source>
        <translation>2. Ketuk Ekspor Chat</translation>
    </message>
    <message>
        <source>Attach Media</source>
        <translation>Lampirkan Media</translation>
    </message>
    <message>
        <source>Without Media</source>
        <translation>Tanpa Media</translation>
    </message>
    <message>
        <source>3. Choose with or without media</source>
        <translation>3. Pilih dengan atau tanpa media</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Bagikan</translation>
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
        <translation>Simpan ke File</translation>
    </message>
    <message>
        <source>4. Save it, then copy it to this computer</source>
        <translation>4. Simpan, lalu salin ke komputer ini</translation>
    </message>
    <message>
        <source>1. Open the chat, tap ⋮</source>
        <translation>1. Buka chat, ketuk ⋮</translation>
    </message>
    <message>
        <source>View contact</source>
        <translation>Lihat kontak</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Setelan</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akun</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Privasi</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifikasi</translation>
    </message>
    <message>
        <source>1. In WhatsApp: ⋮ ▸ Settings ▸ Chats</source>
        <translation>1. Di WhatsApp: ⋮ ▸ Setelan ▸ Chat</translation>
    </message>
    <message>
        <source>Wallpaper</source>
        <translation>Wallpaper</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Chat backup</source>
        <translation>Cadangan chat</translation>
    </message>
    <message>
        <source>Chat history</source>
        <translation>Riwayat chat</translation>
    </message>
    <message>
        <source>2. Tap Chat backup</source>
        <translation>2. Ketuk Cadangan chat</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>Cadangkan</translation>
    </message>
    <message>
        <source>Encrypted backup</source>
        <translation>Cadangan terenkripsi</translation>
    </message>
    <message>
        <source>Google Account</source>
        <translation>Akun Google</translation>
    </message>
    <message>
        <source>3. End-to-end encrypted backup ▸ Turn on</source>
        <translation>3. Cadangan terenkripsi end-to-end ▸ Aktifkan</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>Komputer ini</translation>
    </message>
    <message>
        <source>Encrypt backup</source>
        <translation>Enkripsi cadangan</translation>
    </message>
    <message>
        <source>Back Up Now</source>
        <translation>Cadangkan Sekarang</translation>
    </message>
    <message>
        <source>Chat Backup</source>
        <translation>Cadangan Chat</translation>
    </message>
    <message>
        <source>Auto Backup</source>
        <translation>Cadangan Otomatis</translation>
    </message>
    <message>
        <source>1. In WhatsApp: Settings ▸ Chats ▸ Chat Backup</source>
        <translation>1. Di WhatsApp: Setelan ▸ Chat ▸ Cadangan Chat</translation>
    </message>
    <message>
        <source>Turn Off</source>
        <translation>Matikan</translation>
    </message>
    <message>
        <source>2. If the encrypted backup is on, turn it off</source>
        <translation>2. Jika cadangan terenkripsi aktif, matikan</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>3. On the computer (Finder, Apple Devices or iTunes): tick Encrypt local backup</source>
        <translation>3. Di komputer (Finder, Apple Devices, atau iTunes): centang Enkripsi cadangan lokal</translation>
    </message>
    <message>
        <source>4. Click Back Up Now and wait until it has finished</source>
        <translation>4. Klik Cadangkan Sekarang dan tunggu sampai selesai</translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>terenkripsi</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>tidak terenkripsi</translation>
    </message>
    <message>
        <source>&lt;b&gt;The iPhone&apos;s backup&lt;/b&gt; on this computer holds every WhatsApp chat. Choose the newest backup of the phone.</source>
        <translation>&lt;b&gt;Cadangan iPhone&lt;/b&gt; di komputer ini berisi setiap chat WhatsApp. Pilih cadangan terbaru dari ponsel.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <source>iPhone backups on this computer</source>
        <translation>Cadangan iPhone di komputer ini</translation>
    </message>
    <message>
        <source>Add this backup</source>
        <translation>Tambahkan cadangan ini</translation>
    </message>
    <message>
        <source>Backups found</source>
        <translation>Cadangan yang ditemukan</translation>
    </message>
    <message>
        <source>Another folder…</source>
        <translation>Folder lain…</translation>
    </message>
    <message>
        <source>A backup folder copied elsewhere, or one in a place wamigrate does not know</source>
        <translation>Folder cadangan yang disalin ke tempat lain, atau yang ada di tempat yang tidak dikenal wamigrate</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata sandi</translation>
    </message>
    <message>
        <source>The iPhone backup&apos;s password</source>
        <translation>Kata sandi cadangan iPhone</translation>
    </message>
    <message>
        <source>Only for an encrypted backup: the password chosen for the backups</source>
        <translation>Hanya untuk cadangan terenkripsi: kata sandi yang dipilih untuk cadangan</translation>
    </message>
    <message>
        <source>App</source>
        <translation>Aplikasi</translation>
    </message>
    <message>
        <source>Which WhatsApp</source>
        <translation>WhatsApp yang mana</translation>
    </message>
    <message>
        <source>WhatsApp (or the one the phone has)</source>
        <translation>WhatsApp (atau yang ada di ponsel)</translation>
    </message>
    <message>
        <source>WhatsApp Business</source>
        <translation>WhatsApp Business</translation>
    </message>
    <message numerus="yes">
        <source>%Ln backup(s) found on this computer.</source>
        <translation>
            <numerusform>%Ln cadangan ditemukan di komputer ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>No iPhone backup was found in the usual places. Connect the iPhone and back it up in Finder, iTunes or the Apple Devices app, or choose the backup&apos;s folder.</source>
        <translation>Tidak ada cadangan iPhone di tempat biasanya. Sambungkan iPhone dan cadangkan di Finder, iTunes, atau aplikasi Apple Devices, atau pilih folder cadangannya.</translation>
    </message>
    <message>
        <source>Choose the iPhone backup&apos;s folder</source>
        <translation>Pilih folder cadangan iPhone</translation>
    </message>
    <message>
        <source>{0} is encrypted: type the password chosen for the iPhone&apos;s backups.</source>
        <translation>{0} terenkripsi: ketik kata sandi yang dipilih untuk cadangan iPhone.</translation>
    </message>
    <message>
        <source>Passkey</source>
        <translation>Kunci sandi</translation>
    </message>
    <message>
        <source>64-digit key</source>
        <translation>Kunci 64 digit</translation>
    </message>
    <message>
        <source>4. Choose the 64-digit key and write it down</source>
        <translation>4. Pilih kunci 64 digit dan catat</translation>
    </message>
    <message>
        <source>5. Tap Back up, then copy the file</source>
        <translation>5. Ketuk Cadangkan, lalu salin filenya</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>2. Tap More</source>
        <translation>2. Ketuk Lainnya</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporkan</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Blokir</translation>
    </message>
    <message>
        <source>Clear chat</source>
        <translation>Bersihkan chat</translation>
    </message>
    <message>
        <source>Export chat</source>
        <translation>Ekspor chat</translation>
    </message>
    <message>
        <source>3. Tap Export chat</source>
        <translation>3. Ketuk Ekspor chat</translation>
    </message>
    <message>
        <source>Without media</source>
        <translation>Tanpa media</translation>
    </message>
    <message>
        <source>Include media</source>
        <translation>Sertakan media</translation>
    </message>
    <message>
        <source>4. Choose, then save to Drive or e-mail it</source>
        <translation>4. Pilih, lalu simpan ke Drive atau kirim lewat email</translation>
    </message>
    <message>
        <source>What changes at the cut-over</source>
        <translation>Yang berubah saat peralihan</translation>
    </message>
    <message>
        <source>Who can still be answered with an ordinary message (charged per message since 1 Oct 2026, past a monthly free allowance), who will need a template, and what the API will not carry over.</source>
        <translation>Siapa yang masih bisa dibalas dengan pesan biasa (dikenai biaya per pesan sejak 1 Okt 2026, di atas jatah gratis bulanan), siapa yang akan perlu template, dan apa yang tidak dibawa API.</translation>
    </message>
    <message>
        <source>Which of these is you?</source>
        <translation>Yang mana Anda?</translation>
    </message>
    <message>
        <source>Planned cut-over</source>
        <translation>Rencana peralihan</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona waktu</translation>
    </message>
    <message>
        <source>First message to customers outside the window</source>
        <translation>Pesan pertama ke pelanggan di luar jendela</translation>
    </message>
    <message>
        <source>Use Meta&apos;s current rate card…</source>
        <translation>Gunakan tabel tarif Meta terbaru…</translation>
    </message>
    <message>
        <source>The rate card (CSV) downloaded from Meta&apos;s WhatsApp pricing page: its rates price the estimate.</source>
        <translation>Tabel tarif (CSV) yang diunduh dari halaman harga WhatsApp Meta: tarifnya dipakai untuk perkiraan.</translation>
    </message>
    <message>
        <source>Use the rates shipped with wamigrate</source>
        <translation>Gunakan tarif bawaan wamigrate</translation>
    </message>
    <message>
        <source>Rates</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Impact of the move</source>
        <translation>Dampak perpindahan</translation>
    </message>
    <message>
        <source>Customers by time since their last message</source>
        <translation>Pelanggan menurut waktu sejak pesan terakhir mereka</translation>
    </message>
    <message>
        <source>Choose your name…</source>
        <translation>Pilih nama Anda…</translation>
    </message>
    <message>
        <source>Choose the name your business has in these chats. Until wamigrate knows which sender is you, it cannot tell which customers wrote last, so the counts below are hidden.</source>
        <translation>Pilih nama bisnis Anda di chat ini. Selama wamigrate belum tahu pengirim mana yang Anda, ia tidak bisa tahu pelanggan mana yang terakhir menulis, jadi jumlah di bawah disembunyikan.</translation>
    </message>
    <message>
        <source>You chose {0}. The browser shows these messages as yours.</source>
        <translation>Anda memilih {0}. Penjelajah menampilkan pesan ini sebagai pesan Anda.</translation>
    </message>
    <message>
        <source>wamigrate took {0} as you: this name wrote in every chat. Choose another if that is wrong.</source>
        <translation>wamigrate menganggap {0} adalah Anda: nama ini menulis di setiap chat. Pilih yang lain jika salah.</translation>
    </message>
    <message>
        <source>Meta&apos;s rate card</source>
        <translation>Tabel tarif Meta</translation>
    </message>
    <message>
        <source>Rate card (*.csv);;All files (*)</source>
        <translation>Tabel tarif (*.csv);;Semua file (*)</translation>
    </message>
    <message>
        <source>{0}, effective {1}.</source>
        <translation>{0}, berlaku sejak {1}.</translation>
    </message>
    <message>
        <source>Shipped with wamigrate: Meta&apos;s rates effective {0}.</source>
        <translation>Bawaan wamigrate: tarif Meta yang berlaku sejak {0}.</translation>
    </message>
    <message>
        <source>The shipped rates are used instead.</source>
        <translation>Tarif bawaan wamigrate dipakai sebagai gantinya.</translation>
    </message>
    <message>
        <source>Analysing the archive…</source>
        <translation>Menganalisis arsip…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Suggestion:&lt;/b&gt; {0}</source>
        <translation>&lt;b&gt;Saran:&lt;/b&gt; {0}</translation>
    </message>
    <message>
        <source>Wait for the analysis to finish.</source>
        <translation>Tunggu analisis selesai.</translation>
    </message>
    <message>
        <source>Choose your name above (Which of these is you?): until then wamigrate cannot say which customers wrote last, or who can still be answered without a template.</source>
        <translation>Pilih nama Anda di atas (Yang mana Anda?): sampai saat itu wamigrate tidak bisa mengatakan pelanggan mana yang terakhir menulis, atau siapa yang masih bisa dibalas tanpa template.</translation>
    </message>
    <message>
        <source>download the rate card (CSV) from Meta&apos;s WhatsApp pricing page and choose it with “Use Meta&apos;s current rate card…” above.</source>
        <translation>unduh tabel tarif (CSV) dari halaman harga WhatsApp Meta dan pilih dengan “Gunakan tabel tarif Meta terbaru…” di atas.</translation>
    </message>
    <message>
        <source>Your business writes as &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Bisnis Anda menulis sebagai &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Done on the “Review and verify” page: the last verification passed after the last import.</source>
        <translation>Dilakukan di halaman &quot;Tinjau dan verifikasi&quot;: verifikasi terakhir lolos setelah impor terakhir.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Setelan ▸ Akun ▸ Verifikasi dua langkah: catat PIN, atau nonaktifkan.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Two-step verification: note the PIN, or turn it off.</source>
        <translation>WhatsApp ▸ Pengaturan ▸ Akun ▸ Verifikasi dua langkah: catat PIN, atau nonaktifkan.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ ⋮ ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ ⋮ ▸ Setelan ▸ Akun ▸ Hapus akun saya ▸ masukkan nomor ▸ Hapus akun saya.</translation>
    </message>
    <message>
        <source>WhatsApp ▸ Settings ▸ Account ▸ Delete my account ▸ enter the number ▸ Delete my account.</source>
        <translation>WhatsApp ▸ Pengaturan ▸ Akun ▸ Hapus akun saya ▸ masukkan nomor ▸ Hapus akun saya.</translation>
    </message>
    <message>
        <source>Messages that came in since your last export are only on the phone, and deleting the account deletes them. On the phone, export again each chat with new messages (WhatsApp lists them at the top), then import the files with the button below and verify.</source>
        <translation>Pesan yang masuk sejak ekspor terakhir Anda hanya ada di ponsel, dan menghapus akun akan menghapusnya. Di ponsel, ekspor lagi setiap chat yang punya pesan baru (WhatsApp menampilkannya di atas), lalu impor file dengan tombol di bawah dan verifikasi.</translation>
    </message>
    <message>
        <source>At your provider (its website, or the sign-up link it gave you), add the number. Have at hand: the phone, switched on, to receive the 6-digit code by SMS or voice call; the two-step PIN if you kept one; the display name; the login of your Meta business portfolio; a payment method.</source>
        <translation>Di penyedia Anda (situsnya, atau tautan pendaftaran yang diberikan), tambahkan nomor. Siapkan: ponsel yang menyala untuk menerima kode 6 digit lewat SMS atau panggilan suara; PIN verifikasi dua langkah jika Anda menyimpannya; nama tampilan; login portofolio bisnis Meta Anda; metode pembayaran.</translation>
    </message>
    <message>
        <source>Meta needs a few minutes to release the number (error 133015 if you register too soon).</source>
        <translation>Meta memerlukan beberapa menit untuk melepaskan nomor (galat 133015 jika Anda mendaftar terlalu cepat).</translation>
    </message>
    <message>
        <source>Do not open WhatsApp on the phone and register the number again: it would leave the API.</source>
        <translation>Jangan buka WhatsApp di ponsel dan mendaftarkan nomor lagi: nomor akan keluar dari API.</translation>
    </message>
    <message>
        <source>Play Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help ▸ App info.</source>
        <translation>Play Store ▸ WhatsApp Business ▸ Perbarui. Periksa versinya di Setelan ▸ Bantuan ▸ Info aplikasi.</translation>
    </message>
    <message>
        <source>App Store ▸ WhatsApp Business ▸ Update. Check the version in Settings ▸ Help.</source>
        <translation>App Store ▸ WhatsApp Business ▸ Perbarui. Periksa versinya di Pengaturan ▸ Bantuan.</translation>
    </message>
    <message>
        <source>WhatsApp Web and desktop sessions will be logged out; tell the staff who use them.</source>
        <translation>Sesi WhatsApp Web dan desktop akan keluar; beri tahu staf yang memakainya.</translation>
    </message>
    <message>
        <source>During onboarding the app asks to share chat history: tap Confirm, and make sure the provider starts the history and contact sync within 24 hours, or the onboarding must be done again.</source>
        <translation>Saat orientasi aplikasi meminta berbagi riwayat chat: ketuk Konfirmasi, dan pastikan penyedia memulai sinkronisasi riwayat dan kontak dalam 24 jam, atau orientasi harus diulang.</translation>
    </message>
    <message>
        <source>Open the WhatsApp Business app on the phone at least every 13 days (weekly is safer).</source>
        <translation>Buka aplikasi WhatsApp Business di ponsel setidaknya setiap 13 hari (setiap minggu lebih aman).</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers ▸ the number ▸ Two-step verification ▸ Turn off.</source>
        <translation>WhatsApp Manager ▸ Nomor telepon ▸ nomornya ▸ Verifikasi dua langkah ▸ Nonaktifkan.</translation>
    </message>
    <message>
        <source>WhatsApp Manager ▸ Phone numbers: the display name shows Approved.</source>
        <translation>WhatsApp Manager ▸ Nomor telepon: nama tampilan menunjukkan Disetujui.</translation>
    </message>
    <message>
        <source>Business settings ▸ Payments (or the provider&apos;s portal): a payment method is added.</source>
        <translation>Pengaturan bisnis ▸ Pembayaran (atau portal penyedia): metode pembayaran sudah ditambahkan.</translation>
    </message>
    <message>
        <source>Tick each step when it is done. Each tick is recorded, with its time, in the archive.</source>
        <translation>Centang setiap langkah setelah selesai. Setiap centang dicatat, beserta waktunya, di arsip.</translation>
    </message>
    <message>
        <source>Import the final exports…</source>
        <translation>Impor ekspor terakhir…</translation>
    </message>
    <message>
        <source>Verify now</source>
        <translation>Verifikasi sekarang</translation>
    </message>
    <message>
        <source>Done {0}.</source>
        <translation>Selesai {0}.</translation>
    </message>
    <message>
        <source>The 5 minutes have passed: tick the wait, then register the number.</source>
        <translation>5 menit sudah lewat: centang langkah menunggu, lalu daftarkan nomor.</translation>
    </message>
    <message>
        <source>This cannot be undone</source>
        <translation>Ini tidak dapat dibatalkan</translation>
    </message>
    <message>
        <source>Tick this only after you have really done it: “{0}”. Done?</source>
        <translation>Centang ini hanya setelah Anda benar-benar melakukannya: &quot;{0}&quot;. Sudah?</translation>
    </message>
    <message>
        <source>Business readiness</source>
        <translation>Kesiapan bisnis</translation>
    </message>
    <message>
        <source>A few questions Meta or your provider will ask. Leave out what you do not know yet.</source>
        <translation>Beberapa pertanyaan yang akan diajukan Meta atau penyedia Anda. Lewati yang belum Anda ketahui.</translation>
    </message>
    <message>
        <source>Display name (shown to customers)</source>
        <translation>Nama tampilan (dilihat pelanggan)</translation>
    </message>
    <message>
        <source>Legal business name</source>
        <translation>Nama resmi bisnis</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Situs web</translation>
    </message>
    <message>
        <source>Privacy policy address</source>
        <translation>Alamat kebijakan privasi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Business verification</source>
        <translation>Verifikasi bisnis</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Terverifikasi</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Tertunda</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Provider (solution partner)</source>
        <translation>Penyedia (mitra solusi)</translation>
    </message>
    <message>
        <source>Provider type</source>
        <translation>Jenis penyedia</translation>
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
        <translation>Lainnya</translation>
    </message>
    <message>
        <source>Retail and shops</source>
        <translation>Ritel dan toko</translation>
    </message>
    <message>
        <source>Food and restaurants</source>
        <translation>Makanan dan restoran</translation>
    </message>
    <message>
        <source>Health clinic</source>
        <translation>Klinik kesehatan</translation>
    </message>
    <message>
        <source>Beauty and wellness</source>
        <translation>Kecantikan dan kebugaran</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Pendidikan</translation>
    </message>
    <message>
        <source>Travel and hotels</source>
        <translation>Perjalanan dan hotel</translation>
    </message>
    <message>
        <source>Professional services</source>
        <translation>Layanan profesional</translation>
    </message>
    <message>
        <source>Financial services</source>
        <translation>Layanan keuangan</translation>
    </message>
    <message>
        <source>Real estate</source>
        <translation>Properti</translation>
    </message>
    <message>
        <source>Automotive</source>
        <translation>Otomotif</translation>
    </message>
    <message>
        <source>Entertainment</source>
        <translation>Hiburan</translation>
    </message>
    <message>
        <source>Non-profit</source>
        <translation>Nirlaba</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Pemerintah</translation>
    </message>
    <message>
        <source>Alcohol</source>
        <translation>Alkohol</translation>
    </message>
    <message>
        <source>Tobacco</source>
        <translation>Tembakau</translation>
    </message>
    <message>
        <source>Firearms</source>
        <translation>Senjata api</translation>
    </message>
    <message>
        <source>Drugs</source>
        <translation>Narkoba</translation>
    </message>
    <message>
        <source>Prescription medicine</source>
        <translation>Obat resep</translation>
    </message>
    <message>
        <source>Over-the-counter medicine</source>
        <translation>Obat bebas</translation>
    </message>
    <message>
        <source>Medical devices</source>
        <translation>Alat kesehatan</translation>
    </message>
    <message>
        <source>Gambling</source>
        <translation>Perjudian</translation>
    </message>
    <message>
        <source>Adult products</source>
        <translation>Produk dewasa</translation>
    </message>
    <message>
        <source>Dating</source>
        <translation>Kencan</translation>
    </message>
    <message>
        <source>Cryptocurrency</source>
        <translation>Mata uang kripto</translation>
    </message>
    <message>
        <source>Multi-level marketing</source>
        <translation>Pemasaran berjenjang</translation>
    </message>
    <message>
        <source>Payday loans</source>
        <translation>Pinjaman gaji</translation>
    </message>
    <message>
        <source>Debt collection</source>
        <translation>Penagihan utang</translation>
    </message>
    <message>
        <source>Live animals</source>
        <translation>Hewan hidup</translation>
    </message>
    <message>
        <source>General-purpose AI assistant</source>
        <translation>Asisten AI serbaguna</translation>
    </message>
    <message>
        <source>Restricted or regulated by Meta&apos;s policy:</source>
        <translation>Dibatasi atau diatur oleh kebijakan Meta:</translation>
    </message>
    <message>
        <source>The business already has a Meta business portfolio</source>
        <translation>Bisnis sudah memiliki portofolio bisnis Meta</translation>
    </message>
    <message>
        <source>No, it will be created</source>
        <translation>Belum, akan dibuat</translation>
    </message>
    <message>
        <source>Payment method added</source>
        <translation>Metode pembayaran sudah ditambahkan</translation>
    </message>
    <message>
        <source>A phone menu (IVR) answers calls to this number</source>
        <translation>Menu telepon (IVR) menjawab panggilan ke nomor ini</translation>
    </message>
    <message>
        <source>Linked devices (WhatsApp Web, desktop, tablets)</source>
        <translation>Perangkat tertaut (WhatsApp Web, desktop, tablet)</translation>
    </message>
    <message>
        <source>4 or more</source>
        <translation>4 atau lebih</translation>
    </message>
    <message>
        <source>&lt;b&gt;Templates&lt;/b&gt; (optional): add them one by one, load a file, or paste them in TOML as in docs/profile-example.toml.</source>
        <translation>&lt;b&gt;Templat&lt;/b&gt; (opsional): tambahkan satu per satu, muat dari file, atau tempel dalam TOML seperti di docs/profile-example.toml.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>How customers agree to receive messages</source>
        <translation>Cara pelanggan menyetujui menerima pesan</translation>
    </message>
    <message>
        <source>WhatsApp Business app version (Settings ▸ Help)</source>
        <translation>Versi aplikasi WhatsApp Business (Setelan ▸ Bantuan)</translation>
    </message>
    <message>
        <source>Message templates (TOML)</source>
        <translation>Templat pesan (TOML)</translation>
    </message>
    <message>
        <source>Add a template…</source>
        <translation>Tambah templat…</translation>
    </message>
    <message>
        <source>Load templates from a file…</source>
        <translation>Muat templat dari file…</translation>
    </message>
    <message>
        <source>Readiness findings</source>
        <translation>Temuan kesiapan</translation>
    </message>
    <message>
        <source>I don&apos;t know yet</source>
        <translation>Belum tahu</translation>
    </message>
    <message>
        <source>Templates file</source>
        <translation>File templat</translation>
    </message>
    <message>
        <source>TOML (*.toml);;All files (*)</source>
        <translation>TOML (*.toml);;Semua file (*)</translation>
    </message>
    <message>
        <source>The file could not be read: {0}</source>
        <translation>File tidak dapat dibaca: {0}</translation>
    </message>
    <message>
        <source>The templates are not valid TOML: {0}</source>
        <translation>Templat bukan TOML yang valid: {0}</translation>
    </message>
    <message>
        <source>Your readiness report</source>
        <translation>Laporan kesiapan Anda</translation>
    </message>
    <message>
        <source>Save it for your provider, and keep the archive safe.</source>
        <translation>Simpan untuk penyedia Anda, dan jaga arsip tetap aman.</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Kesimpulan</translation>
    </message>
    <message>
        <source>Save as web page…</source>
        <translation>Simpan sebagai halaman web…</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>Simpan sebagai JSON…</translation>
    </message>
    <message>
        <source>Include the export file names (they usually contain customers&apos; names)</source>
        <translation>Sertakan nama file ekspor (biasanya berisi nama pelanggan)</translation>
    </message>
    <message>
        <source>Saved report</source>
        <translation>Laporan tersimpan</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>Yang masih perlu dilakukan</translation>
    </message>
    <message>
        <source>Open the archive browser</source>
        <translation>Buka penjelajah arsip</translation>
    </message>
    <message>
        <source>Read and search the archived chats</source>
        <translation>Baca dan cari chat yang diarsipkan</translation>
    </message>
    <message>
        <source>Building the report…</source>
        <translation>Menyusun laporan…</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) need action.</source>
        <translation>
            <numerusform>%n temuan perlu tindakan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n question(s) not answered yet.</source>
        <translation>
            <numerusform>%n pertanyaan belum dijawab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing left to do.</source>
        <translation>Tidak ada lagi yang perlu dilakukan.</translation>
    </message>
    <message>
        <source>Web page (*.html)</source>
        <translation>Halaman web (*.html)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <source>Saving the report</source>
        <translation>Menyimpan laporan</translation>
    </message>
    <message>
        <source>&lt;b&gt;On Android&lt;/b&gt;, for each chat: open the chat ▸ tap ⋮ (top right) ▸ &lt;i&gt;More&lt;/i&gt; ▸ &lt;i&gt;Export chat&lt;/i&gt; ▸ &lt;i&gt;Include media&lt;/i&gt; (or &lt;i&gt;Without media&lt;/i&gt;) ▸ save the file to Google Drive or e-mail it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;Di Android&lt;/b&gt;, untuk setiap chat: buka chat ▸ ketuk ⋮ (kanan atas) ▸ &lt;i&gt;Lainnya&lt;/i&gt; ▸ &lt;i&gt;Ekspor chat&lt;/i&gt; ▸ &lt;i&gt;Sertakan media&lt;/i&gt; (atau &lt;i&gt;Tanpa media&lt;/i&gt;) ▸ simpan file ke Google Drive atau kirim lewat email ke diri sendiri, lalu salin ke komputer ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; or AirDrop it to this computer.</source>
        <translation>&lt;b&gt;Di iPhone&lt;/b&gt;, untuk setiap chat: buka chat ▸ ketuk nama kontak atau grup di atas ▸ &lt;i&gt;Ekspor Chat&lt;/i&gt; ▸ &lt;i&gt;Lampirkan Media&lt;/i&gt; (atau &lt;i&gt;Tanpa Media&lt;/i&gt;) ▸ &lt;i&gt;Simpan ke File&lt;/i&gt; atau kirim lewat AirDrop ke komputer ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;On iPhone&lt;/b&gt;, for each chat: open the chat ▸ tap the contact or group name at the top ▸ &lt;i&gt;Export Chat&lt;/i&gt; ▸ &lt;i&gt;Attach Media&lt;/i&gt; (or &lt;i&gt;Without Media&lt;/i&gt;) ▸ &lt;i&gt;Save to Files&lt;/i&gt; (iCloud Drive) or &lt;i&gt;Mail&lt;/i&gt; it to yourself, then copy it to this computer.</source>
        <translation>&lt;b&gt;Di iPhone&lt;/b&gt;, untuk setiap chat: buka chat ▸ ketuk nama kontak atau grup di atas ▸ &lt;i&gt;Ekspor Chat&lt;/i&gt; ▸ &lt;i&gt;Lampirkan Media&lt;/i&gt; (atau &lt;i&gt;Tanpa Media&lt;/i&gt;) ▸ &lt;i&gt;Simpan ke File&lt;/i&gt; (iCloud Drive) atau kirim lewat &lt;i&gt;Mail&lt;/i&gt; ke diri sendiri, lalu salin ke komputer ini.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the phone, in one step&lt;/b&gt; (Android, WhatsApp or WhatsApp Business): turn on the &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; with the &lt;b&gt;64-digit key&lt;/b&gt; (not a password or passkey: those cannot be opened on a computer) and &lt;b&gt;write the key down&lt;/b&gt;, WhatsApp shows it once. Tap &lt;i&gt;Back up&lt;/i&gt;. Then connect the phone by USB and copy &lt;tt&gt;{0}&lt;/tt&gt; to this computer, and, if you want the photos and voice notes too, the &lt;tt&gt;Media&lt;/tt&gt; folder next to &lt;tt&gt;Databases&lt;/tt&gt;.</source>
        <translation>&lt;b&gt;Semua dari ponsel, sekali jalan&lt;/b&gt; (Android, WhatsApp atau WhatsApp Business): aktifkan &lt;i&gt;cadangan terenkripsi end-to-end&lt;/i&gt; dengan &lt;b&gt;kunci 64 digit&lt;/b&gt; (bukan kata sandi atau kunci sandi: keduanya tidak bisa dibuka di komputer) dan &lt;b&gt;catat kuncinya&lt;/b&gt;, WhatsApp hanya menampilkannya sekali. Ketuk &lt;i&gt;Cadangkan&lt;/i&gt;. Lalu sambungkan ponsel lewat USB dan salin &lt;tt&gt;{0}&lt;/tt&gt; ke komputer ini, dan jika Anda juga ingin foto dan pesan suara, folder &lt;tt&gt;Media&lt;/tt&gt; di samping &lt;tt&gt;Databases&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>WhatsApp puts at most &lt;b&gt;10,000 recent messages&lt;/b&gt; in an export with media and at most &lt;b&gt;40,000&lt;/b&gt; without media. For a longer chat, export it both ways: wamigrate keeps each message once.</source>
        <translation>WhatsApp memasukkan paling banyak &lt;b&gt;10.000 pesan terbaru&lt;/b&gt; dalam ekspor dengan media dan paling banyak &lt;b&gt;40.000&lt;/b&gt; tanpa media. Untuk chat yang lebih panjang, ekspor dengan kedua cara: wamigrate menyimpan setiap pesan sekali saja.</translation>
    </message>
    <message>
        <source>Protect your history</source>
        <translation>Lindungi riwayat Anda</translation>
    </message>
    <message>
        <source>Export every chat from the phone, and keep them in an encrypted archive on this computer.</source>
        <translation>Ekspor setiap chat dari ponsel, dan simpan dalam arsip terenkripsi di komputer ini.</translation>
    </message>
    <message>
        <source>Everything from the phone (recommended): every chat, complete</source>
        <translation>Semua dari ponsel (disarankan): setiap chat, lengkap</translation>
    </message>
    <message>
        <source>Chats exported one by one</source>
        <translation>Chat yang diekspor satu per satu</translation>
    </message>
    <message>
        <source>Create a new archive</source>
        <translation>Buat arsip baru</translation>
    </message>
    <message>
        <source>Open the archive I made before</source>
        <translation>Buka arsip yang saya buat sebelumnya</translation>
    </message>
    <message>
        <source>Archive location</source>
        <translation>Lokasi arsip</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Everything from the iPhone, in one step&lt;/b&gt; (WhatsApp or WhatsApp Business): if WhatsApp&apos;s own &lt;i&gt;end-to-end encrypted backup&lt;/i&gt; to iCloud is on, turn it off first (WhatsApp ▸ Settings ▸ Chats ▸ Chat Backup): while it is on, the chats are not in the computer&apos;s backup. Then connect the iPhone to this computer and back it up: in &lt;b&gt;Finder&lt;/b&gt; on a Mac, or the &lt;b&gt;Apple Devices&lt;/b&gt; app (or iTunes) on Windows, choose &lt;i&gt;Back up all of the data on your iPhone to this computer&lt;/i&gt;, tick &lt;i&gt;Encrypt local backup&lt;/i&gt;, choose a password you will remember, and click &lt;i&gt;Back Up Now&lt;/i&gt;. When it has finished, choose the backup on the next page.</source>
        <translation>&lt;b&gt;Semua dari iPhone, sekaligus&lt;/b&gt; (WhatsApp atau WhatsApp Business): jika &lt;i&gt;cadangan terenkripsi end-to-end&lt;/i&gt; milik WhatsApp sendiri ke iCloud aktif, matikan dulu (WhatsApp ▸ Setelan ▸ Chat ▸ Cadangan Chat): selama aktif, chat tidak ada di cadangan komputer. Lalu sambungkan iPhone ke komputer ini dan cadangkan: di &lt;b&gt;Finder&lt;/b&gt; pada Mac, atau aplikasi &lt;b&gt;Apple Devices&lt;/b&gt; (atau iTunes) di Windows, pilih &lt;i&gt;Cadangkan semua data di iPhone Anda ke komputer ini&lt;/i&gt;, centang &lt;i&gt;Enkripsi cadangan lokal&lt;/i&gt;, pilih kata sandi yang akan Anda ingat, lalu klik &lt;i&gt;Cadangkan Sekarang&lt;/i&gt;. Setelah selesai, pilih cadangannya di halaman berikutnya.</translation>
    </message>
    <message>
        <source>Choose where the archive is kept</source>
        <translation>Pilih tempat menyimpan arsip</translation>
    </message>
    <message>
        <source>Create the archive</source>
        <translation>Buat arsip</translation>
    </message>
    <message>
        <source>Archive status</source>
        <translation>Status arsip</translation>
    </message>
    <message>
        <source>Make a new recovery key</source>
        <translation>Buat kunci pemulihan baru</translation>
    </message>
    <message>
        <source>Copy every chat from the phone&apos;s own backup, and keep them in an encrypted archive on this computer.</source>
        <translation>Salin setiap chat dari cadangan ponsel itu sendiri, dan simpan dalam arsip terenkripsi di komputer ini.</translation>
    </message>
    <message>
        <source>Where to keep the archive</source>
        <translation>Tempat menyimpan arsip</translation>
    </message>
    <message>
        <source>Archive (*.wamarchive)</source>
        <translation>Arsip (*.wamarchive)</translation>
    </message>
    <message>
        <source>Choose the archive folder (its name ends in .wamarchive)</source>
        <translation>Pilih folder arsip (namanya berakhiran .wamarchive)</translation>
    </message>
    <message>
        <source>Creating the archive… (a few seconds)</source>
        <translation>Membuat arsip… (beberapa detik)</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Membuka kunci…</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}</source>
        <translation>Kunci arsip dibuka: {0}</translation>
    </message>
    <message>
        <source>Archive unlocked: {0}. Its recovery key was never confirmed as kept (the window was closed while it was shown). Make a new recovery key and keep it before you go on: the old one stops working.</source>
        <translation>Arsip dibuka: {0}. Kunci pemulihannya belum pernah dikonfirmasi sudah disimpan (jendela ditutup saat kunci ditampilkan). Buat kunci pemulihan baru dan simpan sebelum melanjutkan: kunci lama tidak berlaku lagi.</translation>
    </message>
    <message>
        <source>Archive created: {0}</source>
        <translation>Arsip dibuat: {0}</translation>
    </message>
    <message>
        <source>A new recovery key was made; the old one no longer opens the archive.</source>
        <translation>Kunci pemulihan baru telah dibuat; kunci lama tidak lagi dapat membuka arsip.</translation>
    </message>
    <message>
        <source>Wait for the archive to open.</source>
        <translation>Tunggu arsip terbuka.</translation>
    </message>
    <message>
        <source>Import your chats</source>
        <translation>Impor chat Anda</translation>
    </message>
    <message>
        <source>Add the exported chats. You can add more later, from this page or from the archive browser.</source>
        <translation>Tambahkan chat yang diekspor. Anda dapat menambah lagi nanti, dari halaman ini atau dari penjelajah arsip.</translation>
    </message>
    <message>
        <source>Choose the iPhone&apos;s newest backup and type its password if it is encrypted. Exported chats can be added too, now or later.</source>
        <translation>Pilih cadangan iPhone terbaru dan ketik kata sandinya jika terenkripsi. Chat yang diekspor juga bisa ditambahkan, sekarang atau nanti.</translation>
    </message>
    <message>
        <source>Add the msgstore.db.crypt15 you copied from the phone and type its 64-digit key. Exported chats can be added too, now or later.</source>
        <translation>Tambahkan msgstore.db.crypt15 yang Anda salin dari ponsel dan ketik kunci 64 digitnya. Chat yang diekspor juga bisa ditambahkan, sekarang atau nanti.</translation>
    </message>
    <message>
        <source>Wait for the import to finish, or cancel it.</source>
        <translation>Tunggu impor selesai, atau batalkan.</translation>
    </message>
    <message>
        <source>Review and verify</source>
        <translation>Tinjau dan verifikasi</translation>
    </message>
    <message>
        <source>Check that every chat you need is here, then verify the archive: every page, message and file is read back.</source>
        <translation>Pastikan setiap chat yang Anda perlukan ada di sini, lalu verifikasi arsip: setiap halaman, pesan, dan file dibaca ulang.</translation>
    </message>
    <message>
        <source>Chats in the archive</source>
        <translation>Chat di arsip</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Peringatan</translation>
    </message>
    <message>
        <source>Came from</source>
        <translation>Asal</translation>
    </message>
    <message>
        <source>Double-click a chat to read it</source>
        <translation>Klik dua kali chat untuk membacanya</translation>
    </message>
    <message>
        <source>Rename the chat…</source>
        <translation>Ganti nama chat…</translation>
    </message>
    <message>
        <source>Give the selected chat a name that says who it is</source>
        <translation>Beri chat yang dipilih nama yang menunjukkan siapa orangnya</translation>
    </message>
    <message>
        <source>Read the chat</source>
        <translation>Baca chat</translation>
    </message>
    <message>
        <source>Verify the archive</source>
        <translation>Verifikasi arsip</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Kemajuan verifikasi</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Hasil verifikasi</translation>
    </message>
    <message>
        <source>Counting the chats…</source>
        <translation>Menghitung chat…</translation>
    </message>
    <message>
        <source>Rename the chat</source>
        <translation>Ganti nama chat</translation>
    </message>
    <message>
        <source>New name for “{0}”:</source>
        <translation>Nama baru untuk “{0}”:</translation>
    </message>
    <message>
        <source>{0} chats, {1} messages.</source>
        <translation>{0} chat, {1} pesan.</translation>
    </message>
    <message>
        <source>All {0} chats of the phone&apos;s database {1} are here: first message {2}, last message {3}.</source>
        <translation>Semua {0} chat dari database ponsel {1} ada di sini: pesan pertama {2}, pesan terakhir {3}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln chat(s) came only from exports; the phone&apos;s database did not have them: {0}</source>
        <translation>
            <numerusform>%Ln chat hanya berasal dari ekspor; database ponsel tidak memilikinya: {0}</numerusform>
        </translation>
    </message>
    <message>
        <source>Verified after the last import.</source>
        <translation>Diverifikasi setelah impor terakhir.</translation>
    </message>
    <message>
        <source>Phone and exports</source>
        <translation>Ponsel dan ekspor</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Memverifikasi…</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Verifikasi dibatalkan.</translation>
    </message>
    <message>
        <source>Wait for the verification to finish.</source>
        <translation>Tunggu verifikasi selesai.</translation>
    </message>
    <message>
        <source>WhatsApp (the ordinary app)</source>
        <translation>WhatsApp (aplikasi biasa)</translation>
    </message>
    <message>
        <source>WhatsApp Business app</source>
        <translation>Aplikasi WhatsApp Business</translation>
    </message>
    <message>
        <source>Already on the API, with a provider</source>
        <translation>Sudah di API, dengan penyedia</translation>
    </message>
    <message>
        <source>Not on WhatsApp yet</source>
        <translation>Belum ada di WhatsApp</translation>
    </message>
    <message>
        <source>Move your number to the WhatsApp Business Platform</source>
        <translation>Pindahkan nomor Anda ke WhatsApp Business Platform</translation>
    </message>
    <message>
        <source>wamigrate walks you through the move step by step, in the safe order: first your chats are backed up in an encrypted archive on this computer, then checked, and only then does the checklist unlock the step that cannot be undone. You can close wamigrate at any time: it continues where you stopped.</source>
        <translation>wamigrate memandu perpindahan langkah demi langkah, dalam urutan yang aman: pertama chat Anda dicadangkan dalam arsip terenkripsi di komputer ini, lalu diperiksa, dan baru kemudian daftar periksa membuka langkah yang tidak dapat dibatalkan. Anda dapat menutup wamigrate kapan saja: wamigrate melanjutkan dari tempat Anda berhenti.</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changes on the API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Chat history.&lt;/b&gt; On a full migration it does not move: deleting the app account loses every conversation on the phone unless it is backed up first. With coexistence the provider can copy up to 6 months of one-to-one chats (no groups, media only from the last 14 days), once, within 24 hours of onboarding: keep this archive as the complete copy. (Meta, “Migrate an existing WhatsApp number”, updated 31 Oct 2025; Meta, “Onboard WhatsApp Business app users”, updated 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;The 24-hour rule.&lt;/b&gt; For 24 hours after a customer&apos;s last message or call you can answer with ordinary messages; after that only pre-approved message templates. Since 1 October 2026 those replies are charged per message past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. (Meta, “Send messages”, updated 4 Nov 2025; Meta, “Upcoming pricing updates”, updated 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Some app features do not carry over:&lt;/b&gt; deleting or forwarding messages, status updates, broadcast lists (templates replace them), sending polls; groups only for verified-brand accounts with at most 8 people; calls only with a calling integration, and neither under coexistence. Reactions and replies to a message do work. (Meta, “Groups API”, updated 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Apa yang berubah di API&lt;/b&gt;&lt;ul&gt;&lt;li&gt;&lt;b&gt;Riwayat chat.&lt;/b&gt; Pada migrasi penuh riwayat tidak ikut pindah: menghapus akun aplikasi menghilangkan semua percakapan di ponsel kecuali dicadangkan lebih dulu. Dengan koeksistensi penyedia dapat menyalin chat pribadi hingga 6 bulan (tanpa grup, media hanya dari 14 hari terakhir), satu kali, dalam 24 jam setelah orientasi: simpan arsip ini sebagai salinan lengkap. (Meta, “Migrate an existing WhatsApp number”, diperbarui 31 Okt 2025; Meta, “Onboard WhatsApp Business app users”, diperbarui 20 Mar 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Aturan 24 jam.&lt;/b&gt; Selama 24 jam setelah pesan atau panggilan terakhir pelanggan Anda bisa membalas dengan pesan biasa; setelah itu hanya dengan template yang sudah disetujui. Sejak 1 Oktober 2026 balasan itu dikenai biaya per pesan di atas jatah gratis bulanan (penyedia melaporkan 1.000 per nomor), dan tanpa metode pembayaran balasan tidak terkirim. (Meta, “Send messages”, diperbarui 4 Nov 2025; Meta, “Upcoming pricing updates”, diperbarui 1 Jul 2026)&lt;/li&gt;&lt;li&gt;&lt;b&gt;Beberapa fitur aplikasi tidak ikut:&lt;/b&gt; menghapus atau meneruskan pesan, status, daftar siaran (diganti template), mengirim polling; grup hanya untuk akun merek terverifikasi dengan maksimal 8 orang; panggilan hanya dengan integrasi panggilan, dan keduanya tidak dalam koeksistensi. Reaksi dan balasan ke suatu pesan tetap berfungsi. (Meta, “Groups API”, diperbarui 16 Jun 2026)&lt;/li&gt;&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not sure which way to go?&lt;/b&gt; Where is the number now?</source>
        <translation>&lt;b&gt;Belum yakin jalur mana?&lt;/b&gt; Di mana nomor itu sekarang?</translation>
    </message>
    <message>
        <source>Where the number is now</source>
        <translation>Tempat nomor itu sekarang</translation>
    </message>
    <message>
        <source>Use the suggestion</source>
        <translation>Gunakan saran</translation>
    </message>
    <message>
        <source>Suggested route</source>
        <translation>Jalur yang disarankan</translation>
    </message>
    <message>
        <source>&lt;b&gt;How are you moving the number?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bagaimana Anda memindahkan nomor?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Delete the account from the app and use the number only on the API.</source>
        <translation>Hapus akun dari aplikasi dan gunakan nomor hanya di API.</translation>
    </message>
    <message>
        <source>Coexistence: keep the WhatsApp Business app</source>
        <translation>Koeksistensi: tetap memakai aplikasi WhatsApp Business</translation>
    </message>
    <message>
        <source>The number works in the Business app and on the API at the same time.</source>
        <translation>Nomor berfungsi di aplikasi Business dan di API sekaligus.</translation>
    </message>
    <message>
        <source>The number is already on the API; it moves to another provider.</source>
        <translation>Nomor sudah ada di API; nomor pindah ke penyedia lain.</translation>
    </message>
    <message>
        <source>Your number</source>
        <translation>Nomor Anda</translation>
    </message>
    <message>
        <source>The number you are moving, and where it is now.</source>
        <translation>Nomor yang Anda pindahkan, dan tempatnya sekarang.</translation>
    </message>
    <message>
        <source>Country of the number</source>
        <translation>Negara nomor</translation>
    </message>
    <message>
        <source>Choose the country…</source>
        <translation>Pilih negara…</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Negara</translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation>Nomor telepon</translation>
    </message>
    <message>
        <source>e.g. 912 345 678, or +351 912 345 678</source>
        <translation>mis. 0812 3456 7890, atau +62 812 3456 7890</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Number check</source>
        <translation>Pemeriksaan nomor</translation>
    </message>
    <message>
        <source>It is now on</source>
        <translation>Sekarang ada di</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ponsel</translation>
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
        <translation>Tidak tahu</translation>
    </message>
    <message>
        <source>Two-step verification (a 6-digit PIN) is on</source>
        <translation>Verifikasi dua langkah (PIN 6 digit) aktif</translation>
    </message>
    <message>
        <source>The number receives SMS</source>
        <translation>Nomor menerima SMS</translation>
    </message>
    <message>
        <source>The number receives voice calls</source>
        <translation>Nomor menerima panggilan suara</translation>
    </message>
    <message>
        <source>About the registration code</source>
        <translation>Tentang kode pendaftaran</translation>
    </message>
    <message>
        <source>{0}: a {1} number in {2}.</source>
        <translation>{0}: nomor {1} di {2}.</translation>
    </message>
    <message>
        <source>Meta sends a registration code to the number by SMS or voice call, so one of them must reach you on the day you register.</source>
        <translation>Meta mengirim kode pendaftaran ke nomor lewat SMS atau panggilan suara, jadi salah satunya harus sampai kepada Anda pada hari pendaftaran.</translation>
    </message>
    <message>
        <source>wamigrate — move your WhatsApp number</source>
        <translation>wamigrate — pindahkan nomor WhatsApp Anda</translation>
    </message>
    <message>
        <source>Close and continue later</source>
        <translation>Tutup dan lanjutkan nanti</translation>
    </message>
    <message>
        <source>Choose the language of wamigrate</source>
        <translation>Pilih bahasa wamigrate</translation>
    </message>
    <message>
        <source>Step {0} of {1}</source>
        <translation>Langkah {0} dari {1}</translation>
    </message>
    <message>
        <source>An import is running. Cancel it and close? The archive stays as it was before the import.</source>
        <translation>Impor sedang berjalan. Batalkan dan tutup? Arsip tetap seperti sebelum impor.</translation>
    </message>
    <message>
        <source>The recovery key is on screen and you have not typed its last group back yet. If you close now without keeping it, you will be asked to make a new one next time. Close anyway?</source>
        <translation>Kunci pemulihan sedang ditampilkan dan Anda belum mengetik ulang grup terakhirnya. Jika Anda menutup sekarang tanpa menyimpannya, lain kali Anda akan diminta membuat yang baru. Tetap tutup?</translation>
    </message>
    <message>
        <source>Close the assistant? Your answers are saved (never your passphrase); next time you continue here.</source>
        <translation>Tutup asisten? Jawaban Anda disimpan (tidak pernah frasa sandi Anda); lain kali Anda melanjutkan dari sini.</translation>
    </message>
    <message>
        <source>Close wamigrate</source>
        <translation>Tutup wamigrate</translation>
    </message>
    <message>
        <source>all messages</source>
        <translation>semua pesan</translation>
    </message>
    <message numerus="yes">
        <source>%Ln message(s), {0}. Exported from the archive {1}.</source>
        <translation>
            <numerusform>%Ln pesan, {0}. Diekspor dari arsip {1}.</numerusform>
        </translation>
    </message>
    <message>
        <source>(not in the archive)</source>
        <translation>(tidak ada di arsip)</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Halaman {0} dari {1}</translation>
    </message>
    <message>
        <source>Customers by time since their last message, at cut-over</source>
        <translation>Pelanggan menurut waktu sejak pesan terakhir mereka, saat peralihan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Language of the system</source>
        <translation>Bahasa sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Not answered yet: {0}</source>
        <translation>Belum dijawab: {0}</translation>
    </message>
    <message>
        <source>Answer: {0}</source>
        <translation>Jawab: {0}</translation>
    </message>
    <message>
        <source>the phone number, with its country code</source>
        <translation>nomor telepon, dengan kode negaranya</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is not a complete international number.</source>
        <translation>&apos;{0}&apos; bukan nomor internasional yang lengkap.</translation>
    </message>
    <message>
        <source>Meta registers only numbers with a country code and area code; short codes are not supported.</source>
        <translation>Meta hanya mendaftarkan nomor dengan kode negara dan kode area; nomor pendek tidak didukung.</translation>
    </message>
    <message>
        <source>Enter the number with + and the country code, e.g. +44 7911 123456.</source>
        <translation>Masukkan nomor dengan + dan kode negara, mis. +62 812 3456 7890.</translation>
    </message>
    <message>
        <source>{0} is not a number in use in its country&apos;s numbering plan.</source>
        <translation>{0} bukan nomor yang dipakai dalam rencana penomoran negaranya.</translation>
    </message>
    <message>
        <source>Meta sends a code to the number; an invalid number cannot receive it.</source>
        <translation>Meta mengirim kode ke nomor; nomor yang tidak valid tidak dapat menerimanya.</translation>
    </message>
    <message>
        <source>Check the digits and the country code.</source>
        <translation>Periksa digit dan kode negaranya.</translation>
    </message>
    <message>
        <source>{0} is a valid number ({1}).</source>
        <translation>{0} adalah nomor yang valid ({1}).</translation>
    </message>
    <message>
        <source>a landline</source>
        <translation>telepon rumah</translation>
    </message>
    <message>
        <source>a toll-free number</source>
        <translation>nomor bebas pulsa</translation>
    </message>
    <message>
        <source>a VoIP/virtual number</source>
        <translation>nomor VoIP/virtual</translation>
    </message>
    <message>
        <source>a premium-rate number</source>
        <translation>nomor tarif premium</translation>
    </message>
    <message>
        <source>a universal-access number</source>
        <translation>nomor akses universal</translation>
    </message>
    <message>
        <source>a shared-cost number</source>
        <translation>nomor biaya bersama</translation>
    </message>
    <message>
        <source>a personal (forwarding) number</source>
        <translation>nomor pribadi (penerusan)</translation>
    </message>
    <message>
        <source>a valid phone number</source>
        <translation>nomor telepon yang valid</translation>
    </message>
    <message>
        <source>This is a pager number.</source>
        <translation>Ini nomor pager.</translation>
    </message>
    <message>
        <source>Meta does not support pager numbers.</source>
        <translation>Meta tidak mendukung nomor pager.</translation>
    </message>
    <message>
        <source>Use a mobile number.</source>
        <translation>Gunakan nomor seluler.</translation>
    </message>
    <message>
        <source>This is {0}.</source>
        <translation>Ini {0}.</translation>
    </message>
    <message>
        <source>Meta does not recommend such numbers for the registration code by SMS or by voice call (nor machine-to-machine numbers): the code may never arrive.</source>
        <translation>Meta tidak menyarankan nomor seperti itu untuk kode pendaftaran lewat SMS maupun panggilan suara (juga nomor mesin-ke-mesin): kodenya mungkin tidak pernah tiba.</translation>
    </message>
    <message>
        <source>Register a mobile or landline number of the business instead, or test that a voice call reaches you.</source>
        <translation>Daftarkan nomor seluler atau telepon rumah bisnis sebagai gantinya, atau uji bahwa panggilan suara sampai ke Anda.</translation>
    </message>
    <message>
        <source>Meta does not recommend receiving the registration code by SMS on such numbers; a voice call works.</source>
        <translation>Meta tidak menyarankan menerima kode pendaftaran lewat SMS di nomor seperti itu; panggilan suara bisa.</translation>
    </message>
    <message>
        <source>Choose the voice-call option when Meta sends the code, and make sure a person can answer it.</source>
        <translation>Pilih opsi panggilan suara saat Meta mengirim kode, dan pastikan ada orang yang dapat menjawabnya.</translation>
    </message>
    <message>
        <source>A mobile number: it can receive the code by SMS or voice call.</source>
        <translation>Nomor seluler: dapat menerima kode lewat SMS atau panggilan suara.</translation>
    </message>
    <message>
        <source>can the number receive SMS? voice calls?</source>
        <translation>apakah nomor dapat menerima SMS? panggilan suara?</translation>
    </message>
    <message>
        <source>The number can receive neither SMS nor voice calls.</source>
        <translation>Nomor tidak dapat menerima SMS maupun panggilan suara.</translation>
    </message>
    <message>
        <source>Meta proves you own the number with a code sent by SMS or voice call.</source>
        <translation>Meta membuktikan bahwa nomor itu milik Anda dengan kode yang dikirim lewat SMS atau panggilan suara.</translation>
    </message>
    <message>
        <source>Make the number reachable by SMS or voice call (remove call barring, disable forwarding) before registering.</source>
        <translation>Pastikan nomor dapat dihubungi lewat SMS atau panggilan suara (hapus pemblokiran panggilan, matikan penerusan) sebelum mendaftar.</translation>
    </message>
    <message>
        <source>The number can receive the registration code.</source>
        <translation>Nomor dapat menerima kode pendaftaran.</translation>
    </message>
    <message>
        <source>does an IVR (phone menu) answer calls to this number?</source>
        <translation>apakah IVR (menu telepon) menjawab panggilan ke nomor ini?</translation>
    </message>
    <message>
        <source>Calls to the number are answered by an IVR.</source>
        <translation>Panggilan ke nomor ini dijawab oleh IVR.</translation>
    </message>
    <message>
        <source>The registration call must reach a person; IVR numbers that cannot receive it are not supported.</source>
        <translation>Panggilan pendaftaran harus sampai ke orang; nomor IVR yang tidak dapat menerimanya tidak didukung.</translation>
    </message>
    <message>
        <source>Disable the IVR and call forwarding during registration, or ask Meta for the numbers its call comes from and allow-list them so the call reaches a person.</source>
        <translation>Matikan IVR dan penerusan panggilan selama pendaftaran, atau minta ke Meta nomor asal panggilannya dan izinkan nomor itu agar panggilan sampai ke orang.</translation>
    </message>
    <message>
        <source>No IVR answers the number.</source>
        <translation>Tidak ada IVR yang menjawab nomor ini.</translation>
    </message>
    <message>
        <source>Cuba</source>
        <translation>Kuba</translation>
    </message>
    <message>
        <source>Iran</source>
        <translation>Iran</translation>
    </message>
    <message>
        <source>North Korea</source>
        <translation>Korea Utara</translation>
    </message>
    <message>
        <source>Syria</source>
        <translation>Suriah</translation>
    </message>
    <message>
        <source>the country of the business</source>
        <translation>negara bisnis</translation>
    </message>
    <message>
        <source>The business or number is in {0}.</source>
        <translation>Bisnis atau nomor berada di {0}.</translation>
    </message>
    <message>
        <source>Businesses in Cuba, Iran, North Korea, Syria, and the Crimea, Donetsk and Luhansk regions are not eligible for the WhatsApp Business Platform.</source>
        <translation>Bisnis di Kuba, Iran, Korea Utara, Suriah, serta wilayah Krimea, Donetsk, dan Luhansk tidak memenuhi syarat untuk WhatsApp Business Platform.</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration.</source>
        <translation>Ini tidak dapat diperbaiki dengan pengaturan.</translation>
    </message>
    <message>
        <source>Region {0} is eligible (Crimea, Donetsk, Luhansk cannot be told from a number: the business must not be located there).</source>
        <translation>Wilayah {0} memenuhi syarat (Krimea, Donetsk, Luhansk tidak dapat dikenali dari nomor: bisnis tidak boleh berlokasi di sana).</translation>
    </message>
    <message>
        <source>which WhatsApp app the number is on now</source>
        <translation>di aplikasi WhatsApp mana nomor itu sekarang</translation>
    </message>
    <message>
        <source>The number is not registered in a WhatsApp app.</source>
        <translation>Nomor tidak terdaftar di aplikasi WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp Messenger</source>
        <translation>WhatsApp Messenger</translation>
    </message>
    <message>
        <source>the WhatsApp Business app</source>
        <translation>aplikasi WhatsApp Business</translation>
    </message>
    <message>
        <source>The number is still registered in {0}.</source>
        <translation>Nomor masih terdaftar di {0}.</translation>
    </message>
    <message>
        <source>A number cannot be on the API and in the app at once; chat history is not moved to the API.</source>
        <translation>Nomor tidak dapat berada di API dan di aplikasi sekaligus; riwayat chat tidak dipindahkan ke API.</translation>
    </message>
    <message>
        <source>First back up every chat, then in the app: Settings &gt; Account &gt; Delete my account (checklist step).</source>
        <translation>Cadangkan dulu setiap chat, lalu di aplikasi: Setelan &gt; Akun &gt; Hapus akun saya (langkah daftar periksa).</translation>
    </message>
    <message>
        <source>The number is on the WhatsApp Business app, which coexistence supports.</source>
        <translation>Nomor ada di aplikasi WhatsApp Business, yang didukung koeksistensi.</translation>
    </message>
    <message>
        <source>WhatsApp Messenger (personal)</source>
        <translation>WhatsApp Messenger (pribadi)</translation>
    </message>
    <message>
        <source>no WhatsApp app</source>
        <translation>tidak ada aplikasi WhatsApp</translation>
    </message>
    <message>
        <source>The number is on {0}.</source>
        <translation>Nomor ada di {0}.</translation>
    </message>
    <message>
        <source>Coexistence keeps the WhatsApp Business app alongside the API; it does not exist for other numbers.</source>
        <translation>Koeksistensi mempertahankan aplikasi WhatsApp Business di samping API; fitur ini tidak ada untuk nomor lain.</translation>
    </message>
    <message>
        <source>Choose the full-migration route, or move the number to the WhatsApp Business app first.</source>
        <translation>Pilih jalur migrasi penuh, atau pindahkan nomor ke aplikasi WhatsApp Business lebih dulu.</translation>
    </message>
    <message>
        <source>Reminder for cut-over day.</source>
        <translation>Pengingat untuk hari peralihan.</translation>
    </message>
    <message>
        <source>Registering too soon after deleting the app account fails with error 133015.</source>
        <translation>Mendaftar terlalu cepat setelah menghapus akun aplikasi gagal dengan galat 133015.</translation>
    </message>
    <message>
        <source>After deleting the account, wait at least 5 minutes before the provider registers the number.</source>
        <translation>Setelah menghapus akun, tunggu minimal 5 menit sebelum penyedia mendaftarkan nomor.</translation>
    </message>
    <message>
        <source>the Business app version</source>
        <translation>versi aplikasi Business</translation>
    </message>
    <message>
        <source>the provider&apos;s partner type</source>
        <translation>jenis mitra penyedia</translation>
    </message>
    <message>
        <source> and </source>
        <translation> dan </translation>
    </message>
    <message>
        <source>the Business app is version {0} (2.24.17 or newer is needed)</source>
        <translation>aplikasi Business versi {0} (diperlukan 2.24.17 atau lebih baru)</translation>
    </message>
    <message>
        <source>the provider is neither a Solution Partner nor a Tech Provider</source>
        <translation>penyedia bukan Solution Partner maupun Tech Provider</translation>
    </message>
    <message>
        <source>Meta offers coexistence only through Solution Partners and Tech Providers, on recent app versions.</source>
        <translation>Meta hanya menawarkan koeksistensi melalui Solution Partner dan Tech Provider, pada versi aplikasi terbaru.</translation>
    </message>
    <message>
        <source>Update the WhatsApp Business app; choose a provider that is a Solution Partner or Tech Provider.</source>
        <translation>Perbarui aplikasi WhatsApp Business; pilih penyedia yang merupakan Solution Partner atau Tech Provider.</translation>
    </message>
    <message>
        <source>App version and provider support coexistence.</source>
        <translation>Versi aplikasi dan penyedia mendukung koeksistensi.</translation>
    </message>
    <message>
        <source>Providers also report that the number must have been used in the Business app for at least 7 days before onboarding, and Meta&apos;s Embedded Signup v2 stopped working on 15 Oct 2026: a provider still using it cannot onboard anyone.</source>
        <translation>Penyedia juga melaporkan bahwa nomor harus sudah dipakai di aplikasi Business setidaknya 7 hari sebelum orientasi, dan Embedded Signup v2 Meta berhenti berfungsi pada 15 Okt 2026: penyedia yang masih memakainya tidak dapat mengorientasi siapa pun.</translation>
    </message>
    <message>
        <source>Use the Business app for a week before onboarding, and ask the provider which signup version it uses.</source>
        <translation>Gunakan aplikasi Business selama seminggu sebelum orientasi, dan tanyakan ke penyedia versi pendaftaran mana yang dipakainya.</translation>
    </message>
    <message>
        <source>the phone number</source>
        <translation>nomor telepon</translation>
    </message>
    <message>
        <source>The number&apos;s country code is +{0}.</source>
        <translation>Kode negara nomor ini adalah +{0}.</translation>
    </message>
    <message>
        <source>Coexistence is not available for Nigerian (+234) and South African (+27) numbers.</source>
        <translation>Koeksistensi tidak tersedia untuk nomor Nigeria (+234) dan Afrika Selatan (+27).</translation>
    </message>
    <message>
        <source>Use the full-migration route for this number.</source>
        <translation>Gunakan jalur migrasi penuh untuk nomor ini.</translation>
    </message>
    <message>
        <source>Coexistence is available for +{0}.</source>
        <translation>Koeksistensi tersedia untuk +{0}.</translation>
    </message>
    <message>
        <source>Good to know.</source>
        <translation>Perlu diketahui.</translation>
    </message>
    <message>
        <source>A coexistence number sends at most 20 messages per second (80 normally).</source>
        <translation>Nomor koeksistensi mengirim paling banyak 20 pesan per detik (biasanya 80).</translation>
    </message>
    <message>
        <source>Plan the onboarding day.</source>
        <translation>Rencanakan hari pendaftaran.</translation>
    </message>
    <message>
        <source>The provider can copy up to 180 days of 1:1 chats (not groups) once; you tap Confirm during onboarding, and the provider must start the history and contact sync within 24 hours of it, or you have to leave and redo the onboarding. Media older than 14 days is not included.</source>
        <translation>Penyedia dapat menyalin chat pribadi hingga 180 hari (bukan grup) satu kali; Anda mengetuk Konfirmasi saat orientasi, dan penyedia harus memulai sinkronisasi riwayat dan kontak dalam 24 jam setelahnya, atau Anda harus keluar dan mengulang orientasi. Media yang lebih dari 14 hari tidak disertakan.</translation>
    </message>
    <message>
        <source>Keep this archive as the complete copy; tap Confirm during onboarding and make sure the provider starts the sync the same day.</source>
        <translation>Simpan arsip ini sebagai salinan lengkap; ketuk Konfirmasi saat orientasi dan pastikan penyedia memulai sinkronisasi di hari yang sama.</translation>
    </message>
    <message>
        <source>The number joins an existing business portfolio and gets its messaging limit at once.</source>
        <translation>Nomor bergabung ke portofolio bisnis yang sudah ada dan langsung mendapat batas pesannya.</translation>
    </message>
    <message>
        <source>The limit belongs to the business portfolio and is shared by all of its numbers.</source>
        <translation>Batas itu milik portofolio bisnis dan dibagi oleh semua nomornya.</translation>
    </message>
    <message>
        <source>Other numbers&apos; templates use up the same limit: plan the first day with that in mind.</source>
        <translation>Template nomor lain memakai batas yang sama: rencanakan hari pertama dengan mempertimbangkannya.</translation>
    </message>
    <message>
        <source>does the business already have a Meta business portfolio?</source>
        <translation>apakah bisnis sudah memiliki portofolio bisnis Meta?</translation>
    </message>
    <message>
        <source>A new business portfolio starts at 250 customers a day outside the 24-hour window. Meta raises it to 2,000 after one of three scaling paths (business verification, partner-led verification, or 2,000 customers reached in 30 days with high-quality templates) and a review of message quality.</source>
        <translation>Portofolio bisnis baru dimulai dengan 250 pelanggan per hari di luar jendela 24 jam. Meta menaikkannya ke 2.000 setelah salah satu dari tiga jalur (verifikasi bisnis, verifikasi oleh mitra, atau 2.000 pelanggan dijangkau dalam 30 hari dengan template berkualitas tinggi) dan tinjauan kualitas pesan.</translation>
    </message>
    <message>
        <source>New portfolio, verified business: 250 customers a day at first, 2,000 after Meta&apos;s quality review.</source>
        <translation>Portofolio baru, bisnis terverifikasi: awalnya 250 pelanggan per hari, 2.000 setelah tinjauan kualitas Meta.</translation>
    </message>
    <message>
        <source>A new business portfolio, not verified yet: 250 customers a day outside the 24-hour window.</source>
        <translation>Portofolio bisnis baru, belum terverifikasi: 250 pelanggan per hari di luar jendela 24 jam.</translation>
    </message>
    <message>
        <source>Complete business verification (or partner-led verification) before the cut-over, or spread the first templates over several days.</source>
        <translation>Selesaikan verifikasi bisnis (atau verifikasi oleh mitra) sebelum peralihan, atau sebar template pertama ke beberapa hari.</translation>
    </message>
    <message>
        <source>it needs a copy-code or one-tap button</source>
        <translation>memerlukan tombol salin kode atau sekali ketuk</translation>
    </message>
    <message>
        <source>its body must be Meta&apos;s preset text (&apos;{{1}} is your verification code.&apos;)</source>
        <translation>isinya harus teks bawaan Meta (&apos;{{1}} is your verification code.&apos;)</translation>
    </message>
    <message>
        <source>Meta&apos;s authentication templates are its preset code message with a copy-code or one-tap button; a custom text, links, media or emoji are rejected. They cannot be sent to customers known only by a username (error 131062).</source>
        <translation>Template autentikasi Meta adalah pesan kode bawaannya dengan tombol salin kode atau sekali ketuk; teks sendiri, tautan, media, atau emoji ditolak. Template ini tidak bisa dikirim ke pelanggan yang hanya dikenal lewat nama pengguna (error 131062).</translation>
    </message>
    <message>
        <source>Create the template from Meta&apos;s authentication preset and add a copy-code or one-tap button.</source>
        <translation>Buat template dari preset autentikasi Meta dan tambahkan tombol salin kode atau sekali ketuk.</translation>
    </message>
    <message>
        <source>Marketing templates are not delivered to US numbers (+1 with a US area code) since 1 April 2025 (error 131049); Canadian numbers are not affected.</source>
        <translation>Template pemasaran tidak dikirim ke nomor AS (+1 dengan kode area AS) sejak 1 April 2025 (error 131049); nomor Kanada tidak terpengaruh.</translation>
    </message>
    <message>
        <source>Plan utility templates (or replies inside the 24-hour window) for US customers.</source>
        <translation>Rencanakan template utilitas (atau balasan di dalam jendela 24 jam) untuk pelanggan AS.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your customers have US numbers: marketing templates will not reach them.</source>
        <translation>
            <numerusform>%n pelanggan Anda memakai nomor AS: template pemasaran tidak akan sampai ke mereka.</numerusform>
        </translation>
    </message>
    <message>
        <source>None of the archive&apos;s customers has a US number.</source>
        <translation>Tidak ada pelanggan dalam arsip yang memakai nomor AS.</translation>
    </message>
    <message numerus="yes">
        <source>%n marketing template(s), and the business is in the US: most of its customers likely have US numbers.</source>
        <translation>
            <numerusform>%n template pemasaran, dan bisnis berada di AS: sebagian besar pelanggannya kemungkinan memakai nomor AS.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marketing templates reach your customers unless they have US numbers.</source>
        <translation>Template pemasaran sampai ke pelanggan Anda kecuali mereka memakai nomor AS.</translation>
    </message>
    <message>
        <source>how many linked devices (WhatsApp Web, desktop) the app has</source>
        <translation>berapa perangkat tertaut (WhatsApp Web, desktop) yang dimiliki aplikasi</translation>
    </message>
    <message numerus="yes">
        <source>%n linked device(s).</source>
        <translation>
            <numerusform>%n perangkat tertaut.</numerusform>
        </translation>
    </message>
    <message>
        <source>All linked devices are unlinked at onboarding; WhatsApp for Windows and WearOS are not supported.</source>
        <translation>Semua perangkat tertaut diputus saat pendaftaran; WhatsApp untuk Windows dan WearOS tidak didukung.</translation>
    </message>
    <message>
        <source>Tell the staff who use them; re-link them after onboarding.</source>
        <translation>Beri tahu staf yang memakainya; tautkan lagi setelah pendaftaran.</translation>
    </message>
    <message>
        <source>No linked devices.</source>
        <translation>Tidak ada perangkat tertaut.</translation>
    </message>
    <message>
        <source>is two-step verification on for the number?</source>
        <translation>apakah verifikasi dua langkah aktif untuk nomor ini?</translation>
    </message>
    <message>
        <source>Two-step verification is on.</source>
        <translation>Verifikasi dua langkah aktif.</translation>
    </message>
    <message>
        <source>Moving a number between providers fails while two-step verification is on (error 2388001).</source>
        <translation>Memindahkan nomor antarpenyedia gagal selama verifikasi dua langkah aktif (galat 2388001).</translation>
    </message>
    <message>
        <source>Turn it off in WhatsApp Manager (an e-mail link goes to the portfolio&apos;s address); there is no API for it.</source>
        <translation>Nonaktifkan di WhatsApp Manager (tautan email dikirim ke alamat portofolio); tidak ada API untuk itu.</translation>
    </message>
    <message>
        <source>Two-step verification is off.</source>
        <translation>Verifikasi dua langkah nonaktif.</translation>
    </message>
    <message>
        <source>Registering and deregistering are limited to 10 attempts per number in 72 hours; past that, 72 h blocked.</source>
        <translation>Pendaftaran dan pencabutan pendaftaran dibatasi 10 percobaan per nomor dalam 72 jam; lewat dari itu, diblokir 72 jam.</translation>
    </message>
    <message>
        <source>Do not retry registration in a loop; check the error and wait as it says.</source>
        <translation>Jangan ulangi pendaftaran terus-menerus; periksa galatnya dan tunggu sesuai petunjuknya.</translation>
    </message>
    <message>
        <source>the display name you will ask Meta for</source>
        <translation>nama tampilan yang akan Anda ajukan ke Meta</translation>
    </message>
    <message>
        <source>it is a generic term</source>
        <translation>itu istilah umum</translation>
    </message>
    <message>
        <source>it mentions WhatsApp, Meta or their apps</source>
        <translation>menyebut WhatsApp, Meta, atau aplikasi mereka</translation>
    </message>
    <message>
        <source>it claims to be official or verified</source>
        <translation>mengaku resmi atau terverifikasi</translation>
    </message>
    <message>
        <source>it looks like a web or e-mail address</source>
        <translation>tampak seperti alamat web atau email</translation>
    </message>
    <message>
        <source>it reads as advertising</source>
        <translation>terbaca seperti iklan</translation>
    </message>
    <message>
        <source>Meta rejects display names that do not plainly name the business.</source>
        <translation>Meta menolak nama tampilan yang tidak jelas menyebut nama bisnis.</translation>
    </message>
    <message>
        <source>Use the name customers know the business by, e.g. &apos;Fresh Produce&apos; or &apos;Fruit Snacks by Fresh Produce&apos;.</source>
        <translation>Gunakan nama yang dikenal pelanggan, mis. &apos;Buah Segar&apos; atau &apos;Camilan Buah oleh Buah Segar&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; names the business.</source>
        <translation>&apos;{0}&apos; menyebut nama bisnis.</translation>
    </message>
    <message>
        <source>the display name and the legal name of the business</source>
        <translation>nama tampilan dan nama resmi bisnis</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; shares words with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; memiliki kata yang sama dengan nama resmi &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; has no word in common with the legal name &apos;{1}&apos;.</source>
        <translation>&apos;{0}&apos; tidak memiliki satu kata pun yang sama dengan nama resmi &apos;{1}&apos;.</translation>
    </message>
    <message>
        <source>Meta asks for a clear relationship to the legal name, or to branding shown on the website.</source>
        <translation>Meta meminta hubungan yang jelas dengan nama resmi, atau dengan merek yang ditampilkan di situs web.</translation>
    </message>
    <message>
        <source>Show &apos;{0}&apos; on the business website, or use &apos;{1} by {2}&apos;.</source>
        <translation>Tampilkan &apos;{0}&apos; di situs web bisnis, atau gunakan &apos;{1} oleh {2}&apos;.</translation>
    </message>
    <message>
        <source>it has fewer than 3 characters</source>
        <translation>kurang dari 3 karakter</translation>
    </message>
    <message>
        <source>it is all capitals</source>
        <translation>semuanya huruf kapital</translation>
    </message>
    <message>
        <source>it contains emoji</source>
        <translation>berisi emoji</translation>
    </message>
    <message>
        <source>it contains symbols</source>
        <translation>berisi simbol</translation>
    </message>
    <message>
        <source>it has double spaces</source>
        <translation>ada spasi ganda</translation>
    </message>
    <message>
        <source>Meta&apos;s formatting guidelines ask for normal capitalisation, no emoji or symbols, 3 characters or more.</source>
        <translation>Pedoman format Meta meminta huruf kapital yang wajar, tanpa emoji atau simbol, minimal 3 karakter.</translation>
    </message>
    <message>
        <source>Write the name as in normal text, e.g. &apos;Casa Verde&apos; rather than &apos;CASA VERDE ✨&apos;.</source>
        <translation>Tulis nama seperti dalam teks biasa, mis. &apos;Casa Verde&apos; bukan &apos;CASA VERDE ✨&apos;.</translation>
    </message>
    <message>
        <source>&apos;{0}&apos; is formatted as Meta expects.</source>
        <translation>&apos;{0}&apos; berformat seperti yang diharapkan Meta.</translation>
    </message>
    <message>
        <source>the business category</source>
        <translation>kategori bisnis</translation>
    </message>
    <message>
        <source>Category: {0}.</source>
        <translation>Kategori: {0}.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s Business Messaging Policy does not allow businesses to buy, sell or promote this through WhatsApp, whatever their licences.</source>
        <translation>Kebijakan Pesan Bisnis WhatsApp tidak mengizinkan bisnis membeli, menjual, atau mempromosikan ini melalui WhatsApp, apa pun izinnya.</translation>
    </message>
    <message>
        <source>Only messaging unrelated to those goods or services may be possible; ask the provider before migrating.</source>
        <translation>Mungkin hanya pesan yang tidak terkait barang atau jasa tersebut yang dimungkinkan; tanyakan penyedia sebelum bermigrasi.</translation>
    </message>
    <message>
        <source>Category: {0} (a regulated vertical).</source>
        <translation>Kategori: {0} (sektor yang diatur).</translation>
    </message>
    <message>
        <source>Allowed only on the Platform, only in listed countries, with no commerce features, never to under-18s; online gambling needs Meta&apos;s prior written permission.</source>
        <translation>Hanya diizinkan di Platform, hanya di negara yang tercantum, tanpa fitur perdagangan, tidak pernah untuk di bawah 18 tahun; perjudian online memerlukan izin tertulis sebelumnya dari Meta.</translation>
    </message>
    <message>
        <source>Confirm with the provider that your country is on Meta&apos;s list (and get permission for gambling).</source>
        <translation>Pastikan dengan penyedia bahwa negara Anda ada di daftar Meta (dan dapatkan izin untuk perjudian).</translation>
    </message>
    <message>
        <source>how customers agree to receive WhatsApp messages from the business</source>
        <translation>cara pelanggan menyetujui menerima pesan WhatsApp dari bisnis</translation>
    </message>
    <message>
        <source>No opt-in is collected.</source>
        <translation>Tidak ada persetujuan yang dikumpulkan.</translation>
    </message>
    <message>
        <source>The API may message only customers who agreed to receive messages from the business.</source>
        <translation>API hanya boleh mengirim pesan ke pelanggan yang setuju menerima pesan dari bisnis.</translation>
    </message>
    <message>
        <source>Collect opt-in (website form, SMS, in person or on paper) stating the business&apos;s name.</source>
        <translation>Kumpulkan persetujuan (formulir situs web, SMS, langsung, atau di kertas) yang menyebut nama bisnis.</translation>
    </message>
    <message>
        <source>Opt-in: {0}.</source>
        <translation>Persetujuan: {0}.</translation>
    </message>
    <message>
        <source>No verified archive of the chats yet.</source>
        <translation>Belum ada arsip chat yang terverifikasi.</translation>
    </message>
    <message>
        <source>Deleting the app account deletes the chat history; the API does not receive it.</source>
        <translation>Menghapus akun aplikasi menghapus riwayat chat; API tidak menerimanya.</translation>
    </message>
    <message>
        <source>Export every chat, import the exports into an archive and verify it (wamigrate import, wamigrate verify).</source>
        <translation>Ekspor setiap chat, impor ekspornya ke arsip dan verifikasi (wamigrate import, wamigrate verify).</translation>
    </message>
    <message>
        <source>The archive has not passed verification since the last import.</source>
        <translation>Arsip belum lolos verifikasi sejak impor terakhir.</translation>
    </message>
    <message>
        <source>Only a verified archive is a proven copy of the history.</source>
        <translation>Hanya arsip terverifikasi yang merupakan salinan riwayat yang terbukti.</translation>
    </message>
    <message>
        <source>Run &apos;Verify archive&apos; (wamigrate verify) and fix what it reports.</source>
        <translation>Jalankan &quot;Verifikasi arsip&quot; (wamigrate verify) dan perbaiki yang dilaporkannya.</translation>
    </message>
    <message>
        <source>Verified archive with {0} messages.</source>
        <translation>Arsip terverifikasi dengan {0} pesan.</translation>
    </message>
    <message>
        <source>No templates to check.</source>
        <translation>Tidak ada templat untuk diperiksa.</translation>
    </message>
    <message numerus="yes">
        <source>%n template(s) checked.</source>
        <translation>
            <numerusform>%n templat diperiksa.</numerusform>
        </translation>
    </message>
    <message>
        <source>the name must be lowercase letters, digits and _</source>
        <translation>nama harus berupa huruf kecil, angka, dan _</translation>
    </message>
    <message>
        <source>Meta rejects other template names.</source>
        <translation>Meta menolak nama templat lainnya.</translation>
    </message>
    <message>
        <source>Rename, e.g. &apos;order_ready&apos;.</source>
        <translation>Ganti nama, mis. &apos;pesanan_siap&apos;.</translation>
    </message>
    <message>
        <source>header has {0} characters (60 at most)</source>
        <translation>header berisi {0} karakter (paling banyak 60)</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>isi kosong</translation>
    </message>
    <message>
        <source>body has {0} characters (1,024 at most)</source>
        <translation>isi berisi {0} karakter (paling banyak 1.024)</translation>
    </message>
    <message>
        <source>footer has {0} characters (60 at most)</source>
        <translation>footer berisi {0} karakter (paling banyak 60)</translation>
    </message>
    <message>
        <source>{0} buttons (10 at most)</source>
        <translation>{0} tombol (paling banyak 10)</translation>
    </message>
    <message>
        <source>button &apos;{0}&apos; is longer than 25 characters</source>
        <translation>tombol &apos;{0}&apos; lebih dari 25 karakter</translation>
    </message>
    <message>
        <source>the header has more than one parameter</source>
        <translation>header memiliki lebih dari satu parameter</translation>
    </message>
    <message>
        <source>Meta rejects templates over these limits.</source>
        <translation>Meta menolak templat yang melewati batas ini.</translation>
    </message>
    <message>
        <source>Shorten the parts named.</source>
        <translation>Perpendek bagian yang disebut.</translation>
    </message>
    <message>
        <source>parameters must be {{1}}, {{2}}... or lowercase names</source>
        <translation>parameter harus {{1}}, {{2}}... atau nama huruf kecil</translation>
    </message>
    <message>
        <source>parameters {0} are not 1, 2, 3... without gaps</source>
        <translation>parameter {0} bukan 1, 2, 3... tanpa celah</translation>
    </message>
    <message>
        <source>{0} parameters but {1} sample values</source>
        <translation>{0} parameter tetapi {1} contoh nilai</translation>
    </message>
    <message>
        <source>Meta requires positional parameters in order from 1, and a sample value for each.</source>
        <translation>Meta mewajibkan parameter berurutan mulai dari 1, dan contoh nilai untuk masing-masing.</translation>
    </message>
    <message>
        <source>Number the parameters {{1}}, {{2}}... in order and give one sample value per parameter.</source>
        <translation>Beri nomor parameter {{1}}, {{2}}... berurutan dan berikan satu contoh nilai per parameter.</translation>
    </message>
    <message>
        <source>the body starts or ends with a parameter</source>
        <translation>isi diawali atau diakhiri dengan parameter</translation>
    </message>
    <message>
        <source>two parameters are next to each other</source>
        <translation>dua parameter bersebelahan</translation>
    </message>
    <message>
        <source>a sample value contains #, $ or %</source>
        <translation>contoh nilai berisi #, $ atau %</translation>
    </message>
    <message>
        <source>These are among Meta&apos;s most common reasons to reject a template.</source>
        <translation>Ini termasuk alasan paling umum Meta menolak templat.</translation>
    </message>
    <message>
        <source>Put words before the first and after the last parameter; separate parameters with words.</source>
        <translation>Taruh kata sebelum parameter pertama dan setelah parameter terakhir; pisahkan parameter dengan kata.</translation>
    </message>
    <message>
        <source>authentication templates cannot contain links</source>
        <translation>templat autentikasi tidak boleh berisi tautan</translation>
    </message>
    <message>
        <source>authentication templates cannot carry media</source>
        <translation>templat autentikasi tidak boleh membawa media</translation>
    </message>
    <message>
        <source>authentication templates cannot contain emoji</source>
        <translation>templat autentikasi tidak boleh berisi emoji</translation>
    </message>
    <message>
        <source>No marketing templates.</source>
        <translation>Tidak ada templat pemasaran.</translation>
    </message>
    <message>
        <source>Enter an access token for the WhatsApp Business Account.</source>
        <translation>Masukkan token akses untuk WhatsApp Business Account.</translation>
    </message>
    <message>
        <source>Meta did not answer within {0} seconds. Check the connection and try again.</source>
        <translation>Meta tidak menjawab dalam {0} detik. Periksa koneksi dan coba lagi.</translation>
    </message>
    <message>
        <source>No internet connection: Meta could not be reached within {0} seconds. Check the connection and try again.</source>
        <translation>Tidak ada koneksi internet: Meta tidak dapat dihubungi dalam {0} detik. Periksa koneksi lalu coba lagi.</translation>
    </message>
    <message>
        <source>Could not reach Meta ({0}). Check the internet connection and try again.</source>
        <translation>Tidak dapat menghubungi Meta ({0}). Periksa koneksi internet dan coba lagi.</translation>
    </message>
    <message>
        <source>The answer did not come from Meta: a web page came back instead (a Wi-Fi sign-in page, a proxy or a firewall?). Connect to the internet directly and try again.</source>
        <translation>Jawaban tidak datang dari Meta: yang kembali adalah halaman web (halaman masuk Wi-Fi, proxy, atau firewall?). Sambungkan langsung ke internet lalu coba lagi.</translation>
    </message>
    <message>
        <source>Meta&apos;s answers took too long (more than {0} seconds in all); the check stopped.</source>
        <translation>Jawaban Meta terlalu lama (lebih dari {0} detik secara keseluruhan); pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not a list as expected; the check stopped.</source>
        <translation>Jawaban Meta bukan daftar seperti yang diharapkan; pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer repeated the same page; the check stopped.</source>
        <translation>Jawaban Meta mengulang halaman yang sama; pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source>Meta&apos;s answer went on for more than {0} pages; the check stopped.</source>
        <translation>Jawaban Meta berlanjut lebih dari {0} halaman; pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source>That is not an access token: a token is one line of letters and digits, without spaces (it usually starts with EAA). Check that the token file holds only the token.</source>
        <translation>Itu bukan token akses: token adalah satu baris huruf dan angka, tanpa spasi (biasanya diawali EAA). Pastikan file token hanya berisi token.</translation>
    </message>
    <message>
        <source>The answer was far larger than any answer from Meta (over {0} MB); the check stopped.</source>
        <translation>Jawabannya jauh lebih besar daripada jawaban Meta mana pun (lebih dari {0} MB); pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source> Meta said: {0}</source>
        <translation> Kata Meta: {0}</translation>
    </message>
    <message>
        <source>The access token has expired. Make a new one in Meta Business Suite (System users) and try again.</source>
        <translation>Token akses sudah kedaluwarsa. Buat yang baru di Meta Business Suite (Pengguna sistem) dan coba lagi.</translation>
    </message>
    <message>
        <source>The access token stopped working because the password of its user changed. Make a new one.</source>
        <translation>Token akses berhenti berfungsi karena kata sandi penggunanya berubah. Buat yang baru.</translation>
    </message>
    <message>
        <source>Meta does not accept this access token (revoked or mistyped). Make a new one and try again.</source>
        <translation>Meta tidak menerima token akses ini (dicabut atau salah ketik). Buat yang baru dan coba lagi.</translation>
    </message>
    <message>
        <source>The access token may not read this WhatsApp Business Account: it needs the whatsapp_business_management permission and access to the account.</source>
        <translation>Token akses tidak boleh membaca WhatsApp Business Account ini: token memerlukan izin whatsapp_business_management dan akses ke akun.</translation>
    </message>
    <message>
        <source>Meta is limiting calls right now. Wait a few minutes and try again.</source>
        <translation>Meta sedang membatasi panggilan. Tunggu beberapa menit dan coba lagi.</translation>
    </message>
    <message>
        <source>Meta does not know this account or field: check the WhatsApp Business Account ID.</source>
        <translation>Meta tidak mengenal akun atau kolom ini: periksa ID WhatsApp Business Account.</translation>
    </message>
    <message>
        <source>Meta&apos;s service is failing right now (HTTP {0}). Try again later.</source>
        <translation>Layanan Meta sedang gagal (HTTP {0}). Coba lagi nanti.</translation>
    </message>
    <message>
        <source>Meta refused the request (HTTP {0}).</source>
        <translation>Meta menolak permintaan (HTTP {0}).</translation>
    </message>
    <message>
        <source>Meta&apos;s answer was not about this WhatsApp Business Account; the check stopped.</source>
        <translation>Jawaban Meta bukan tentang Akun WhatsApp Business ini; pemeriksaan dihentikan.</translation>
    </message>
    <message>
        <source>The WhatsApp Business Account ID is a number (WhatsApp Manager ▸ Account tools ▸ Account details).</source>
        <translation>ID WhatsApp Business Account berupa angka (WhatsApp Manager ▸ Alat akun ▸ Detail akun).</translation>
    </message>
    <message>
        <source>This computer&apos;s keychain could not keep the token ({0}); it stays in memory until you close wamigrate.</source>
        <translation>Keychain komputer ini tidak dapat menyimpan token ({0}); token tetap di memori sampai Anda menutup wamigrate.</translation>
    </message>
    <message>
        <source>Check with Meta (optional, online)</source>
        <translation>Periksa dengan Meta (opsional, online)</translation>
    </message>
    <message>
        <source>If the business already has a WhatsApp Business Account, wamigrate can ask Meta what it knows: the number&apos;s registration, display name, quality and messaging limit, and each template&apos;s review. This goes online to Meta with your access token; nothing else leaves this computer.</source>
        <translation>Jika bisnis sudah memiliki WhatsApp Business Account, wamigrate dapat menanyakan ke Meta apa yang diketahuinya: pendaftaran nomor, nama tampilan, kualitas dan batas pesan, serta peninjauan setiap templat. Ini dikirim online ke Meta dengan token akses Anda; tidak ada hal lain yang keluar dari komputer ini.</translation>
    </message>
    <message>
        <source>WhatsApp Business Account ID</source>
        <translation>ID WhatsApp Business Account</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token akses</translation>
    </message>
    <message>
        <source>From Meta Business Suite ▸ System users, or from your provider</source>
        <translation>Dari Meta Business Suite ▸ Pengguna sistem, atau dari penyedia Anda</translation>
    </message>
    <message>
        <source>Keep the token in this computer&apos;s keychain</source>
        <translation>Simpan token di keychain komputer ini</translation>
    </message>
    <message>
        <source>Check with Meta</source>
        <translation>Periksa dengan Meta</translation>
    </message>
    <message>
        <source>Cancel the check</source>
        <translation>Batalkan pemeriksaan</translation>
    </message>
    <message>
        <source>Live check status</source>
        <translation>Status pemeriksaan langsung</translation>
    </message>
    <message>
        <source>Enter the account ID and an access token first.</source>
        <translation>Masukkan ID akun dan token akses terlebih dulu.</translation>
    </message>
    <message>
        <source>Asking Meta…</source>
        <translation>Bertanya ke Meta…</translation>
    </message>
    <message>
        <source>Not checked: the check was cancelled.</source>
        <translation>Tidak diperiksa: pemeriksaan dibatalkan.</translation>
    </message>
    <message>
        <source>Not checked: {0}</source>
        <translation>Tidak diperiksa: {0}</translation>
    </message>
    <message>
        <source>Checked with Meta at {0} (UTC).</source>
        <translation>Diperiksa dengan Meta pada {0} (UTC).</translation>
    </message>
    <message>
        <source>Not read: {0}.</source>
        <translation>Tidak terbaca: {0}.</translation>
    </message>
    <message>
        <source>%n byte(s) of this export are not valid UTF-8 (the file is damaged there); each is shown as �. Export the chat again if those messages matter.</source>
        <translation>%n byte ekspor ini bukan UTF-8 yang valid (file rusak di sana); masing-masing ditampilkan sebagai �. Ekspor chat lagi jika pesan-pesan itu penting.</translation>
    </message>
    <message>
        <source>This export is not UTF-8 text; it was read as {0}. Check that names and accented letters look right.</source>
        <translation>Ekspor ini bukan teks UTF-8; dibaca sebagai {0}. Periksa apakah nama dan huruf beraksen tampil dengan benar.</translation>
    </message>
    <message>
        <source>The dates in this export could be read either way (day before month, or month before day). Check the dates, and choose the order if they are wrong.</source>
        <translation>Tanggal dalam ekspor ini dapat dibaca dengan dua cara (hari sebelum bulan, atau bulan sebelum hari). Periksa tanggalnya, dan pilih urutannya jika salah.</translation>
    </message>
    <message>
        <source>%n message(s) between lines {0} and {1} do not write their year; it was taken from the messages that do, and the order of the file. Check the years there.</source>
        <translation>%n pesan antara baris {0} dan {1} tidak menuliskan tahunnya; tahun diambil dari pesan yang menuliskannya dan dari urutan berkas. Periksa tahunnya di sana.</translation>
    </message>
    <message>
        <source>This old export does not write years; years were counted back from the export&apos;s date, starting in {0}.</source>
        <translation>Ekspor lama ini tidak menulis tahun; tahun dihitung mundur dari tanggal ekspor, mulai dari {0}.</translation>
    </message>
    <message>
        <source>This message&apos;s time is written &apos;{0}&apos;, which does not exist (a 24-hour time with AM or PM); it was read as {1}.</source>
        <translation>Waktu pesan ini tertulis &apos;{0}&apos;, yang tidak ada (jam 24 jam dengan AM atau PM); dibaca sebagai {1}.</translation>
    </message>
    <message>
        <source>This line starts like a message but its date or time is impossible (&apos;{0}&apos;); it was kept as part of the message before it.</source>
        <translation>Baris ini diawali seperti pesan tetapi tanggal atau waktunya mustahil (&apos;{0}&apos;); baris ini disimpan sebagai bagian dari pesan sebelumnya.</translation>
    </message>
    <message>
        <source>%n line(s) before the first message (from line {0} to {1}) belong to no message; they were not imported.</source>
        <translation>%n baris sebelum pesan pertama (dari baris {0} sampai {1}) bukan milik pesan mana pun; baris itu tidak diimpor.</translation>
    </message>
    <message>
        <source>The chat refers to %n media file(s), but none of them is next to it: this export was made without media, or the files were not copied.</source>
        <translation>Chat menyebut %n file media, tetapi tidak ada satu pun di sampingnya: ekspor ini dibuat tanpa media, atau file tidak disalin.</translation>
    </message>
    <message>
        <source>%n media file(s) the chat refers to are not in the export: {0}</source>
        <translation>%n file media yang disebut chat tidak ada dalam ekspor: {0}</translation>
    </message>
    <message>
        <source>%n media file(s) in the export are not mentioned by any message: {0}</source>
        <translation>%n file media dalam ekspor tidak disebut oleh pesan mana pun: {0}</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} with media: older messages were probably left out. Export it again without media to get up to 40,000 messages.</source>
        <translation>Chat ini berisi {0} pesan, mendekati batas ekspor WhatsApp sebesar {1} dengan media: pesan yang lebih lama kemungkinan tidak ikut. Ekspor lagi tanpa media untuk mendapatkan hingga 40.000 pesan.</translation>
    </message>
    <message>
        <source>This chat has {0} messages, about WhatsApp&apos;s export limit of {1} without media: older messages were probably left out. WhatsApp cannot export more; keep the phone&apos;s own backup too.</source>
        <translation>Chat ini berisi {0} pesan, mendekati batas ekspor WhatsApp sebesar {1} tanpa media: pesan yang lebih lama kemungkinan tidak ikut. WhatsApp tidak dapat mengekspor lebih banyak; simpan juga cadangan ponsel.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: its path points outside the export.</source>
        <translation>Anggota zip &apos;{0}&apos; dilewati: jalurnya mengarah ke luar ekspor.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is a symbolic link.</source>
        <translation>Anggota zip &apos;{0}&apos; dilewati: itu tautan simbolis.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it would expand to an implausible size.</source>
        <translation>Anggota zip &apos;{0}&apos; dilewati: ukurannya akan membengkak secara tidak wajar.</translation>
    </message>
    <message>
        <source>The zip holds &apos;{0}&apos; twice; the first copy was used.</source>
        <translation>Zip berisi &apos;{0}&apos; dua kali; salinan pertama yang dipakai.</translation>
    </message>
    <message>
        <source>Skipped zip member &apos;{0}&apos;: it is password-protected.</source>
        <translation>Anggota zip &apos;{0}&apos; dilewati: dilindungi kata sandi.</translation>
    </message>
    <message>
        <source>Skipped {0}: {1}</source>
        <translation>{0} dilewati: {1}</translation>
    </message>
    <message>
        <source>Line {0} is far longer than any WhatsApp message: its first {2} characters were kept and the other {1} were left out.</source>
        <translation>Baris {0} jauh lebih panjang daripada pesan WhatsApp mana pun: {2} karakter pertamanya disimpan dan {1} lainnya ditinggalkan.</translation>
    </message>
    <message>
        <source>The media file &apos;{0}&apos; could not be read ({1}); its message was kept without it.</source>
        <translation>File media &apos;{0}&apos; tidak dapat dibaca ({1}); pesannya disimpan tanpa file itu.</translation>
    </message>
    <message>
        <source>%n message(s) of a kind wamigrate does not know yet (type {0}) are kept as placeholders.</source>
        <translation>%n pesan dari jenis yang belum dikenal wamigrate (jenis {0}) disimpan sebagai penanda.</translation>
    </message>
    <message>
        <source>%n chat notice(s) wamigrate does not know yet (number {0}) are kept as placeholders.</source>
        <translation>%n pemberitahuan chat yang belum dikenal wamigrate (nomor {0}) disimpan sebagai penanda.</translation>
    </message>
    <message>
        <source>%n status update(s) were left out: they are not part of a chat.</source>
        <translation>%n pembaruan status tidak diambil: itu bukan bagian dari chat.</translation>
    </message>
    <message>
        <source>%n media file(s) the phone&apos;s messages name are not in the Media folder you chose: {0}. Their messages are kept; add the folder again once they are copied.</source>
        <translation>%n file media yang disebut pesan ponsel tidak ada di folder Media yang Anda pilih: {0}. Pesannya tetap disimpan; tambahkan foldernya lagi setelah file disalin.</translation>
    </message>
    <message>
        <source>%n media file(s) in the folder differ from what WhatsApp recorded (changed on the phone after they were sent); they were stored as they are now.</source>
        <translation>%n file media di folder berbeda dari yang dicatat WhatsApp (diubah di ponsel setelah dikirim); file disimpan seperti sekarang.</translation>
    </message>
    <message>
        <source>%n media file(s) the iPhone&apos;s messages name are not in its backup (the phone had removed them, or kept them only in iCloud): {0}. Their messages are kept.</source>
        <translation>%n file media yang disebut pesan iPhone tidak ada di cadangannya (ponsel telah menghapusnya, atau hanya menyimpannya di iCloud): {0}. Pesannya tetap disimpan.</translation>
    </message>
    <message>
        <source>From an iPhone backup, this version of wamigrate does not read reactions, poll options or edit marks yet: the messages and calls themselves are all there. Chat exports of the same chats carry none of these either.</source>
        <translation>Dari cadangan iPhone, versi wamigrate ini belum membaca reaksi, opsi polling, atau tanda edit: pesan dan panggilannya sendiri semuanya ada. Ekspor chat yang sama juga tidak membawa semua itu.</translation>
    </message>
    <message>
        <source>From an iPhone backup, wamigrate does not read edit marks or poll votes yet (reactions and poll options are read): the messages and calls themselves are all there.</source>
        <translation>Dari cadangan iPhone, wamigrate belum membaca tanda edit atau suara polling (reaksi dan opsi polling sudah dibaca): pesan dan panggilannya sendiri lengkap.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup holds no messages. If the chats are on the phone, WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on and keeps them out of the computer&apos;s backup: in WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup, turn it off, then back up the iPhone on the computer again.</source>
        <translation>Database WhatsApp di cadangan iPhone ini tidak berisi pesan apa pun. Jika chatnya ada di ponsel, kemungkinan cadangan terenkripsi end-to-end milik WhatsApp sendiri ke iCloud aktif dan membuat chat tidak masuk ke cadangan komputer: di WhatsApp, buka Setelan ▸ Chat ▸ Cadangan Chat ▸ Cadangan Terenkripsi End-to-end, matikan, lalu cadangkan iPhone di komputer lagi.</translation>
    </message>
    <message>
        <source>This database lacks what holds {0}, so those were not read; its messages are all in the archive without them.</source>
        <translation>Basis data ini tidak memiliki bagian yang menyimpan {0}, jadi itu tidak dibaca; semua pesannya ada di arsip tanpa bagian itu.</translation>
    </message>
    <message>
        <source>A phone&apos;s backup holds the names of groups but not of people: customers are shown by their number. Add the phone&apos;s contacts (a .vcf or .csv file, or WhatsApp&apos;s wa.db) to see their names.</source>
        <translation>Cadangan ponsel menyimpan nama grup tetapi bukan nama orang: pelanggan ditampilkan dengan nomornya. Tambahkan kontak ponsel (file .vcf atau .csv, atau wa.db WhatsApp) untuk melihat nama mereka.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has damaged cipher settings. Restore keys.json from a backup of the archive folder.</source>
        <translation>File kunci arsip (keys.json) memiliki pengaturan enkripsi yang rusak. Pulihkan keys.json dari cadangan folder arsip.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has a damaged cipher setting ({0}). Restore keys.json from a backup of the archive folder.</source>
        <translation>File kunci arsip (keys.json) memiliki pengaturan enkripsi yang rusak ({0}). Pulihkan keys.json dari cadangan folder arsip.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) is full, so wamigrate cannot work with the archive. Free some space on that disk and try again; nothing in the archive was changed.</source>
        <translation>Disk tempat arsip ({0}) penuh, jadi wamigrate tidak dapat bekerja dengan arsip itu. Kosongkan sebagian ruang di disk tersebut lalu coba lagi; tidak ada yang berubah di arsip.</translation>
    </message>
    <message>
        <source>The disk holding the archive ({0}) could not be read or written (an input/output error). Check that the disk or stick is still connected and working, then try again; if it happens again, copy the archive folder to another disk. Nothing in the archive was changed.</source>
        <translation>Disk tempat arsip ({0}) tidak dapat dibaca atau ditulis (kesalahan input/output). Pastikan disk atau flashdisk masih tersambung dan berfungsi, lalu coba lagi; jika terjadi lagi, salin folder arsip ke disk lain. Tidak ada yang berubah di arsip.</translation>
    </message>
    <message>
        <source>The archive is on a disk that cannot be written to (a CD or DVD, a write-protected stick or a read-only share). You can browse, search and export it; to import chats or change its secrets, copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>Arsip berada di disk yang tidak dapat ditulisi (CD atau DVD, flashdisk yang dilindungi tulis, atau folder bersama yang hanya-baca). Anda dapat menelusuri, mencari, dan mengekspornya; untuk mengimpor chat atau mengubah rahasianya, salin folder arsip ke disk yang dapat ditulisi lalu buka salinan itu.</translation>
    </message>
    <message>
        <source>The SQLite library wamigrate loaded cannot encrypt (no SQLCipher). Nothing was written; reinstall wamigrate.</source>
        <translation>Pustaka SQLite yang dimuat wamigrate tidak dapat mengenkripsi (tanpa SQLCipher). Tidak ada yang ditulis; instal ulang wamigrate.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) has cipher settings that do not match its database: the file was changed. Restore keys.json from a backup of the archive folder.</source>
        <translation>File kunci arsip (keys.json) memiliki pengaturan enkripsi yang tidak cocok dengan basis datanya: file itu telah diubah. Pulihkan keys.json dari cadangan folder arsip.</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged: it cannot be decrypted although the key is right ({0}). Restore the archive folder from a backup.</source>
        <translation>Basis data arsip rusak: tidak dapat didekripsi walaupun kuncinya benar ({0}). Pulihkan folder arsip dari cadangan.</translation>
    </message>
    <message>
        <source>There is no chat called &apos;{0}&apos; in this archive. Chats: {1}.</source>
        <translation>Tidak ada chat bernama &apos;{0}&apos; di arsip ini. Chat: {1}.</translation>
    </message>
    <message>
        <source>Unknown export format &apos;{0}&apos;; choose one of {1}.</source>
        <translation>Format ekspor &apos;{0}&apos; tidak dikenal; pilih salah satu dari {1}.</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and this import needs up to {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>Disk tempat arsip memiliki {0} MB ruang kosong, sedangkan impor ini memerlukan hingga {1} MB. Kosongkan sebagian ruang di disk itu (atau pindahkan arsip ke disk yang lebih besar) lalu impor lagi; tidak ada yang berubah.</translation>
    </message>
    <message>
        <source>The archive could not be written to the disk (disk I/O error): {0} was not imported and the archive is unchanged. Check that the disk has free space and is still connected.</source>
        <translation>Arsip tidak dapat ditulis ke disk (galat I/O disk): {0} tidak diimpor dan arsip tidak berubah. Periksa bahwa disk masih punya ruang kosong dan masih terhubung.</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged. Free some space and import it again.</source>
        <translation>Disk penuh: {0} tidak diimpor dan arsip tidak berubah. Kosongkan sebagian ruang dan impor lagi.</translation>
    </message>
    <message>
        <source>The disk is full: {0} was not imported and the archive is unchanged.</source>
        <translation>Disk penuh: {0} tidak diimpor dan arsip tidak berubah.</translation>
    </message>
    <message>
        <source>The export reader stopped without finishing.</source>
        <translation>Pembaca ekspor berhenti sebelum selesai.</translation>
    </message>
    <message>
        <source>{0} changed while it was being imported; import the export again.</source>
        <translation>{0} berubah saat sedang diimpor; impor ekspornya lagi.</translation>
    </message>
    <message>
        <source>There is no import number {0} in this archive.</source>
        <translation>Tidak ada impor nomor {0} di arsip ini.</translation>
    </message>
    <message>
        <source>The passphrase slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>Slot frasa sandi memakai derivasi kunci yang tidak dikenal; arsip memerlukan wamigrate yang lebih baru.</translation>
    </message>
    <message>
        <source>The recovery slot uses an unknown key derivation; the archive needs a newer wamigrate.</source>
        <translation>Slot pemulihan memakai derivasi kunci yang tidak dikenal; arsip memerlukan wamigrate yang lebih baru.</translation>
    </message>
    <message>
        <source>Unknown key slot type &apos;{0}&apos;.</source>
        <translation>Jenis slot kunci &apos;{0}&apos; tidak dikenal.</translation>
    </message>
    <message>
        <source>The passphrase entry of the archive&apos;s key file (keys.json) asks for an impossible key derivation ({0} = {1}); the file was changed or damaged. Open the archive with its recovery key, or restore keys.json from a backup.</source>
        <translation>Entri frasa sandi di file kunci arsip (keys.json) meminta derivasi kunci yang mustahil ({0} = {1}); file itu telah diubah atau rusak. Buka arsip dengan kunci pemulihannya, atau pulihkan keys.json dari cadangan.</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>frasa sandi</translation>
    </message>
    <message>
        <source>recovery key</source>
        <translation>kunci pemulihan</translation>
    </message>
    <message>
        <source>The {0} entry of the archive&apos;s key file (keys.json) is damaged. Open the archive with its {1}, then set a new {2}.</source>
        <translation>Entri {0} di file kunci arsip (keys.json) rusak. Buka arsip dengan {1}, lalu tetapkan {2} baru.</translation>
    </message>
    <message>
        <source>This archive has no {0} entry in its key file.</source>
        <translation>Arsip ini tidak punya entri {0} di file kuncinya.</translation>
    </message>
    <message>
        <source>The {0} slot of the key file is damaged ({1}).</source>
        <translation>Slot {0} di file kunci rusak ({1}).</translation>
    </message>
    <message>
        <source>That recovery key does not open this archive. Check it and try again (letters are not case-sensitive).</source>
        <translation>Kunci pemulihan itu tidak membuka arsip ini. Periksa dan coba lagi (huruf besar dan kecil tidak dibedakan).</translation>
    </message>
    <message>
        <source>That passphrase does not open this archive. Check it and try again (passphrases are case-sensitive).</source>
        <translation>Frasa sandi itu tidak membuka arsip ini. Periksa dan coba lagi (huruf besar dan kecil dibedakan).</translation>
    </message>
    <message>
        <source>The key file holds a key of the wrong length.</source>
        <translation>File kunci berisi kunci dengan panjang yang salah.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is missing, so it cannot be opened. Restore keys.json from a backup of the archive folder.</source>
        <translation>File kunci arsip (keys.json) hilang, jadi arsip tidak dapat dibuka. Pulihkan keys.json dari cadangan folder arsip.</translation>
    </message>
    <message>
        <source>This archive was made by a newer wamigrate; update wamigrate to open it.</source>
        <translation>Arsip ini dibuat oleh wamigrate yang lebih baru; perbarui wamigrate untuk membukanya.</translation>
    </message>
    <message>
        <source>The archive&apos;s key file (keys.json) is damaged and cannot be read. Restore keys.json from a backup of the archive folder.</source>
        <translation>File kunci arsip (keys.json) rusak dan tidak dapat dibaca. Pulihkan keys.json dari cadangan folder arsip.</translation>
    </message>
    <message>
        <source>Another wamigrate window or command is importing into or changing this archive. Wait for it to finish, then try again.</source>
        <translation>Jendela atau perintah wamigrate lain sedang mengimpor ke atau mengubah arsip ini. Tunggu sampai selesai, lalu coba lagi.</translation>
    </message>
    <message>
        <source>It has {0} characters; use at least {1}.</source>
        <translation>Panjangnya {0} karakter; gunakan minimal {1}.</translation>
    </message>
    <message>
        <source>It is one of the passwords people choose most often, which are tried first.</source>
        <translation>Ini salah satu kata sandi yang paling sering dipilih orang, yang dicoba pertama kali.</translation>
    </message>
    <message>
        <source>It repeats the same one or two characters.</source>
        <translation>Ini mengulang satu atau dua karakter yang sama.</translation>
    </message>
    <message>
        <source>It is too easy to guess (too short or too regular).</source>
        <translation>Terlalu mudah ditebak (terlalu pendek atau terlalu teratur).</translation>
    </message>
    <message>
        <source>Choose a stronger passphrase. </source>
        <translation>Pilih frasa sandi yang lebih kuat. </translation>
    </message>
    <message>
        <source> A good one is a few unrelated words, e.g. “copper lantern orbit 47”.</source>
        <translation> Yang baik adalah beberapa kata yang tidak berhubungan, mis. “tembaga lentera orbit 47”.</translation>
    </message>
    <message>
        <source>Unknown time zone &apos;{0}&apos;. Use a name such as Europe/London or America/Sao_Paulo.</source>
        <translation>Zona waktu &apos;{0}&apos; tidak dikenal. Gunakan nama seperti Europe/London atau Asia/Jakarta.</translation>
    </message>
    <message>
        <source>{0} already exists and is not empty; choose another name or place.</source>
        <translation>{0} sudah ada dan tidak kosong; pilih nama atau tempat lain.</translation>
    </message>
    <message>
        <source>The database was written unencrypted; it has been refused.</source>
        <translation>Basis data ditulis tanpa enkripsi; basis data itu ditolak.</translation>
    </message>
    <message>
        <source>{0} is not a wamigrate archive (no archive.db and keys.json in it).</source>
        <translation>{0} bukan arsip wamigrate (tidak ada archive.db dan keys.json di dalamnya).</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is missing from {1}.</source>
        <translation>Basis data arsip ({0}) tidak ada di {1}.</translation>
    </message>
    <message>
        <source>{0} is not encrypted: it is not a wamigrate archive database.</source>
        <translation>{0} tidak dienkripsi: ini bukan basis data arsip wamigrate.</translation>
    </message>
    <message>
        <source>That is not a recovery key: it has 32 letters and digits, in groups of four (for example ABCD-EFGH-…). Check it and try again.</source>
        <translation>Itu bukan kunci pemulihan: kunci berisi 32 huruf dan angka, dalam kelompok empat (misalnya ABCD-EFGH-…). Periksa dan coba lagi.</translation>
    </message>
    <message>
        <source>A passphrase or the recovery key is needed to open the archive.</source>
        <translation>Frasa sandi atau kunci pemulihan diperlukan untuk membuka arsip.</translation>
    </message>
    <message>
        <source>The archive&apos;s database ({0}) is damaged at its start and cannot be read. Restore the archive folder from a backup.</source>
        <translation>Basis data arsip ({0}) rusak di bagian awalnya dan tidak dapat dibaca. Pulihkan folder arsip dari cadangan.</translation>
    </message>
    <message>
        <source>The key file (keys.json) in this folder belongs to another archive than its database. Put back this archive&apos;s own keys.json (from a backup of the folder).</source>
        <translation>File kunci (keys.json) di folder ini milik arsip lain, bukan milik basis datanya. Kembalikan keys.json milik arsip ini (dari cadangan folder).</translation>
    </message>
    <message>
        <source>The disk holding the archive is full, so it was opened for reading only. Free some space on that disk to import chats or change its secrets.</source>
        <translation>Disk tempat arsip penuh, jadi arsip dibuka hanya untuk dibaca. Kosongkan sebagian ruang di disk itu untuk mengimpor chat atau mengubah rahasianya.</translation>
    </message>
    <message>
        <source>The archive&apos;s database is damaged ({0}).</source>
        <translation>Basis data arsip rusak ({0}).</translation>
    </message>
    <message>
        <source>keys.json belongs to another archive than this database.</source>
        <translation>keys.json milik arsip lain, bukan milik basis data ini.</translation>
    </message>
    <message>
        <source>This archive was made by an older wamigrate and must be updated once before it can be opened, which cannot be done on a disk that cannot be written to. Copy the archive folder to a disk you can write to and open that copy.</source>
        <translation>Arsip ini dibuat oleh wamigrate versi lama dan harus diperbarui sekali sebelum dapat dibuka, yang tidak dapat dilakukan di disk yang tidak dapat ditulisi. Salin folder arsip ke disk yang dapat ditulisi lalu buka salinan itu.</translation>
    </message>
    <message>
        <source>The archive is locked.</source>
        <translation>Arsip terkunci.</translation>
    </message>
    <message>
        <source>{0} could not be decoded as text ({1}).</source>
        <translation>{0} tidak dapat didekode sebagai teks ({1}).</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: no line starts with a date and time the way WhatsApp&apos;s exported chats do.</source>
        <translation>{0} bukan ekspor chat WhatsApp: tidak ada baris yang diawali tanggal dan waktu seperti chat yang diekspor WhatsApp.</translation>
    </message>
    <message>
        <source>a JPEG image</source>
        <translation>gambar JPEG</translation>
    </message>
    <message>
        <source>a PNG image</source>
        <translation>gambar PNG</translation>
    </message>
    <message>
        <source>a GIF image</source>
        <translation>gambar GIF</translation>
    </message>
    <message>
        <source>a PDF document</source>
        <translation>dokumen PDF</translation>
    </message>
    <message>
        <source>a media file</source>
        <translation>file media</translation>
    </message>
    <message>
        <source>an audio file</source>
        <translation>file audio</translation>
    </message>
    <message>
        <source>a gzip archive</source>
        <translation>arsip gzip</translation>
    </message>
    <message>
        <source>a RAR archive</source>
        <translation>arsip RAR</translation>
    </message>
    <message>
        <source>a 7-Zip archive</source>
        <translation>arsip 7-Zip</translation>
    </message>
    <message>
        <source>a database file</source>
        <translation>file basis data</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like a spreadsheet (CSV) file, and no line starts with a WhatsApp date and time.</source>
        <translation>{0} bukan ekspor chat WhatsApp: file ini tampak seperti spreadsheet (CSV), dan tidak ada baris yang diawali tanggal dan waktu WhatsApp.</translation>
    </message>
    <message>
        <source>a video file</source>
        <translation>file video</translation>
    </message>
    <message>
        <source>a binary file</source>
        <translation>file biner</translation>
    </message>
    <message>
        <source>Part of the zip file is damaged ({0}). Export the chat again or copy the file again.</source>
        <translation>Sebagian file zip rusak ({0}). Ekspor chat lagi atau salin file lagi.</translation>
    </message>
    <message>
        <source>The file {0} does not exist.</source>
        <translation>File {0} tidak ada.</translation>
    </message>
    <message>
        <source>{0} was compressed with a method WhatsApp never uses, which wamigrate cannot read (&apos;{1}&apos;). Unzip it with the program that made it and import the folder, or export the chat again.</source>
        <translation>{0} dikompresi dengan metode yang tidak pernah dipakai WhatsApp dan tidak dapat dibaca wamigrate (&apos;{1}&apos;). Ekstrak dengan program yang membuatnya lalu impor foldernya, atau ekspor chat lagi.</translation>
    </message>
    <message>
        <source>{0} is not a file but a device or a pipe, which wamigrate does not read. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} bukan file melainkan perangkat atau pipe, yang tidak dibaca wamigrate. Pilih file .txt atau .zip yang dibuat oleh &quot;Ekspor chat&quot; WhatsApp.</translation>
    </message>
    <message>
        <source>wamigrate is not allowed to read {0}. Check the file&apos;s permissions.</source>
        <translation>wamigrate tidak diizinkan membaca {0}. Periksa izin file.</translation>
    </message>
    <message>
        <source>{0} is a folder, not a file.</source>
        <translation>{0} adalah folder, bukan file.</translation>
    </message>
    <message>
        <source>{0} is neither a chat export (WhatsApp exports chats as .txt or .zip files) nor a phone&apos;s backup (msgstore.db.crypt15): skipped.</source>
        <translation>{0} bukan ekspor chat (WhatsApp mengekspor chat sebagai file .txt atau .zip) maupun cadangan ponsel (msgstore.db.crypt15): dilewati.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}.</source>
        <translation>{0} tidak dapat dibaca: {1}.</translation>
    </message>
    <message>
        <source>The import was cancelled, but the files it had imported could not be removed again: {0}</source>
        <translation>Impor dibatalkan, tetapi file yang sudah diimpor tidak dapat dihapus lagi: {0}</translation>
    </message>
    <message>
        <source>{0} is empty: there are no messages in it.</source>
        <translation>{0} kosong: tidak ada pesan di dalamnya.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp chat export: it looks like {1}. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} bukan ekspor chat WhatsApp: tampaknya {1}. Pilih file .txt atau .zip yang dibuat oleh &quot;Ekspor chat&quot; WhatsApp.</translation>
    </message>
    <message>
        <source>{0} is a damaged or incomplete zip file ({1}). It may not have finished copying: copy or export it again.</source>
        <translation>{0} adalah file zip yang rusak atau tidak lengkap ({1}). Mungkin penyalinannya belum selesai: salin atau ekspor lagi.</translation>
    </message>
    <message>
        <source>{0} is not a zip file. Choose the .txt or .zip file that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>{0} bukan file zip. Pilih file .txt atau .zip yang dibuat oleh &quot;Ekspor chat&quot; WhatsApp.</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: &apos;{1}&apos; would expand {2} times. It was not opened.</source>
        <translation>{0} tampak seperti bom zip: &apos;{1}&apos; akan membengkak {2} kali. File tidak dibuka.</translation>
    </message>
    <message>
        <source>{0} is protected by a password. WhatsApp never does this: export the chat again, or unzip it with its password and import the .txt.</source>
        <translation>{0} dilindungi kata sandi. WhatsApp tidak pernah melakukan ini: ekspor chat lagi, atau ekstrak dengan kata sandinya dan impor file .txt.</translation>
    </message>
    <message>
        <source>{0} looks like a zip bomb: its {1} MB would expand to {2} MB, far more than any chat export. It was not opened.</source>
        <translation>{0} tampak seperti bom zip: {1} MB-nya akan mengembang menjadi {2} MB, jauh melebihi ekspor chat mana pun. File itu tidak dibuka.</translation>
    </message>
    <message>
        <source>{0} claims to hold {1} GB of files, more than any chat export; it was not opened.</source>
        <translation>{0} mengaku berisi {1} GB file, lebih dari ekspor chat mana pun; file tidak dibuka.</translation>
    </message>
    <message>
        <source>{0} holds no WhatsApp chat: no _chat.txt or &apos;WhatsApp Chat with …&apos; text file with messages was found in it.</source>
        <translation>{0} tidak berisi chat WhatsApp: tidak ditemukan _chat.txt atau file teks &apos;WhatsApp Chat with …&apos; berisi pesan di dalamnya.</translation>
    </message>
    <message>
        <source>{0} is damaged: &apos;{1}&apos; cannot be read ({2}). Export the chat again.</source>
        <translation>{0} rusak: &apos;{1}&apos; tidak dapat dibaca ({2}). Ekspor chat lagi.</translation>
    </message>
    <message>
        <source>{0} is protected by a password and cannot be read.</source>
        <translation>{0} dilindungi kata sandi dan tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>it is more than {0} folders deep</source>
        <translation>kedalamannya lebih dari {0} folder</translation>
    </message>
    <message>
        <source>No chat in the folder {0} could be read: {1}</source>
        <translation>Tidak ada chat di folder {0} yang bisa dibaca: {1}</translation>
    </message>
    <message numerus="yes">
        <source>And %n more.</source>
        <translation>
            <numerusform>Dan %n lagi.</numerusform>
        </translation>
    </message>
    <message>
        <source>No WhatsApp chat export was found in the folder {0}. Choose the .txt or .zip files that WhatsApp&apos;s &quot;Export chat&quot; created.</source>
        <translation>Tidak ditemukan ekspor chat WhatsApp di folder {0}. Pilih file .txt atau .zip yang dibuat oleh &quot;Ekspor chat&quot; WhatsApp.</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true atau false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>bilangan bulat</translation>
    </message>
    <message>
        <source>text in quotes</source>
        <translation>teks dalam tanda kutip</translation>
    </message>
    <message>
        <source>The profile {0} does not exist.</source>
        <translation>Profil {0} tidak ada.</translation>
    </message>
    <message>
        <source>The profile {0} is not UTF-8 text; save it again as UTF-8.</source>
        <translation>Profil {0} bukan teks UTF-8; simpan lagi sebagai UTF-8.</translation>
    </message>
    <message>
        <source>The profile {0} cannot be read: {1}.</source>
        <translation>Profil {0} tidak dapat dibaca: {1}.</translation>
    </message>
    <message>
        <source>The profile {0} is not valid TOML: {1}.</source>
        <translation>Profil {0} bukan TOML yang valid: {1}.</translation>
    </message>
    <message>
        <source>{0} = {1} must be {2}.</source>
        <translation>{0} = {1} harus berupa {2}.</translation>
    </message>
    <message>
        <source>[{0}] must be a section of settings (a TOML table).</source>
        <translation>[{0}] harus berupa bagian pengaturan (tabel TOML).</translation>
    </message>
    <message>
        <source>Unknown setting(s) in [{0}]: {1}.</source>
        <translation>Pengaturan tidak dikenal di [{0}]: {1}.</translation>
    </message>
    <message>
        <source>{0} = {1} cannot be negative.</source>
        <translation>{0} = {1} tidak boleh negatif.</translation>
    </message>
    <message>
        <source>[{0}] {1} = {2} is not one of: {3}.</source>
        <translation>[{0}] {1} = {2} bukan salah satu dari: {3}.</translation>
    </message>
    <message>
        <source>templates must be a list of [[templates]] sections.</source>
        <translation>templates harus berupa daftar bagian [[templates]].</translation>
    </message>
    <message>
        <source>Unknown template setting(s): {0}.</source>
        <translation>Pengaturan templat tidak dikenal: {0}.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: header_format = {1} is not one of: {2}.</source>
        <translation>[[templates]] {0}: header_format = {1} bukan salah satu dari: {2}.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: samples must be a list of texts.</source>
        <translation>[[templates]] {0}: samples harus berupa daftar teks.</translation>
    </message>
    <message>
        <source>[[templates]] {0}: buttons must be a list of {{type = …, text = …}} entries.</source>
        <translation>[[templates]] {0}: buttons harus berupa daftar entri {{type = …, text = …}}.</translation>
    </message>
    <message>
        <source>{0} = {1} must be a local date and time written YYYY-MM-DDTHH:MM.</source>
        <translation>{0} = {1} harus berupa tanggal dan waktu lokal dengan format YYYY-MM-DDTHH:MM.</translation>
    </message>
    <message>
        <source>Something went wrong: {0}: {1}</source>
        <translation>Terjadi kesalahan: {0}: {1}</translation>
    </message>
    <message>
        <source>it does not exist</source>
        <translation>file itu tidak ada</translation>
    </message>
    <message>
        <source>permission was denied</source>
        <translation>izin ditolak</translation>
    </message>
    <message>
        <source>the disk reported an input/output error</source>
        <translation>disk melaporkan kesalahan input/output</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disk penuh</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disk hanya-baca</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namanya terlalu panjang</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>itu sebuah folder</translation>
    </message>
    <message>
        <source>part of the path is not a folder</source>
        <translation>sebagian jalur bukan folder</translation>
    </message>
    <message>
        <source>The archive&apos;s log says {0} was imported, but the archive does not hold it; import it again.</source>
        <translation>Log arsip menyatakan {0} telah diimpor, tetapi arsip tidak menyimpannya; impor lagi.</translation>
    </message>
    <message>
        <source>The search index was not checked, because another import was running; verify again later.</source>
        <translation>Indeks pencarian tidak diperiksa karena impor lain sedang berjalan; verifikasi lagi nanti.</translation>
    </message>
    <message>
        <source>The search index was not checked, because the archive is on media that cannot be written.</source>
        <translation>Indeks pencarian tidak diperiksa karena arsip berada di media yang tidak dapat ditulisi.</translation>
    </message>
    <message>
        <source>This check was not recorded in the archive, because another import was running.</source>
        <translation>Pemeriksaan ini tidak dicatat di arsip karena impor lain sedang berjalan.</translation>
    </message>
    <message numerus="yes">
        <source>{0} — wrote in {1} of %n chat(s)</source>
        <translation>
            <numerusform>{0} — menulis di {1} dari %n chat</numerusform>
        </translation>
    </message>
    <message>
        <source>(probably you)</source>
        <translation>(mungkin Anda)</translation>
    </message>
    <message>
        <source>Give the chat a name.</source>
        <translation>Beri nama untuk chat.</translation>
    </message>
    <message>
        <source>A chat name can have at most {0} characters.</source>
        <translation>Nama chat paling banyak {0} karakter.</translation>
    </message>
    <message>
        <source>This chat is no longer in the archive.</source>
        <translation>Chat ini sudah tidak ada di arsip.</translation>
    </message>
    <message>
        <source>Another chat is already called “{0}”: choose another name.</source>
        <translation>Chat lain sudah bernama “{0}”: pilih nama lain.</translation>
    </message>
    <message>
        <source>Marketing (offers, news)</source>
        <translation>Pemasaran (penawaran, berita)</translation>
    </message>
    <message>
        <source>Utility (orders, appointments, account updates)</source>
        <translation>Utilitas (pesanan, janji temu, pembaruan akun)</translation>
    </message>
    <message>
        <source>Authentication (one-time codes)</source>
        <translation>Autentikasi (kode sekali pakai)</translation>
    </message>
    <message>
        <source>Add a message template</source>
        <translation>Tambah templat pesan</translation>
    </message>
    <message>
        <source>Name (lower case, digits and _)</source>
        <translation>Nama (huruf kecil, angka, dan _)</translation>
    </message>
    <message>
        <source>Language code</source>
        <translation>Kode bahasa</translation>
    </message>
    <message>
        <source>Hello {{1}}, your order {{2}} is ready.</source>
        <translation>Halo {{1}}, pesanan {{2}} Anda sudah siap.</translation>
    </message>
    <message>
        <source>Examples, one per line</source>
        <translation>Contoh, satu per baris</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
    <message numerus="yes">
        <source>The message has %n variable(s) ({{1}}, {{2}}…): give one example per line for each.</source>
        <translation>
            <numerusform>Pesan punya %n variabel ({{1}}, {{2}}…): beri satu contoh per baris untuk masing-masing.</numerusform>
        </translation>
    </message>
    <message>
        <source>This backup is end-to-end encrypted: wamigrate needs the 64-digit key WhatsApp showed when the encrypted backup was turned on. If you chose a password or a passkey instead, the backup cannot be opened on a computer: in WhatsApp, go to Settings ▸ Chats ▸ Chat backup ▸ End-to-end encrypted backup, turn it off, turn it on again choosing “Use 64-digit encryption key”, write the key down, then tap Back up and copy the new file.</source>
        <translation>Cadangan ini terenkripsi end-to-end: wamigrate memerlukan kunci 64 digit yang ditampilkan WhatsApp saat cadangan terenkripsi diaktifkan. Jika Anda memilih kata sandi atau kunci sandi, cadangan tidak bisa dibuka di komputer: di WhatsApp, buka Setelan ▸ Chat ▸ Cadangan chat ▸ Cadangan terenkripsi end-to-end, matikan, aktifkan lagi dengan memilih “Gunakan kunci enkripsi 64 digit”, catat kuncinya, lalu ketuk Cadangkan dan salin file yang baru.</translation>
    </message>
    <message>
        <source>{0} changed while wamigrate was reading it: it is probably still being copied from the phone. Wait until the copy has finished, then add it again.</source>
        <translation>{0} berubah saat wamigrate membacanya: kemungkinan masih disalin dari ponsel. Tunggu hingga penyalinan selesai, lalu tambahkan lagi.</translation>
    </message>
    <message>
        <source>{0} is empty or far too short to be a WhatsApp backup.</source>
        <translation>{0} kosong atau terlalu pendek untuk menjadi cadangan WhatsApp.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp backup wamigrate can read: choose msgstore.db.crypt15 (or .crypt14) from the phone&apos;s WhatsApp/Databases folder.</source>
        <translation>{0} bukan cadangan WhatsApp yang bisa dibaca wamigrate: pilih msgstore.db.crypt15 (atau .crypt14) dari folder WhatsApp/Databases di ponsel.</translation>
    </message>
    <message>
        <source>The key does not open {0}: check it against the key WhatsApp showed for this phone.</source>
        <translation>Kunci tidak membuka {0}: periksa dengan kunci yang ditampilkan WhatsApp untuk ponsel ini.</translation>
    </message>
    <message>
        <source>{0} is damaged or incomplete: it may not have finished copying. Copy it from the phone again (over USB, not through a messaging app, which may change it).</source>
        <translation>{0} rusak atau tidak lengkap: mungkin belum selesai disalin. Salin lagi dari ponsel (lewat USB, bukan lewat aplikasi pesan, yang bisa mengubahnya).</translation>
    </message>
    <message>
        <source>{0} is an end-to-end encrypted backup (.crypt15): it opens with the 64-digit key, not with a crypt14 key file.</source>
        <translation>{0} adalah cadangan terenkripsi end-to-end (.crypt15): dibuka dengan kunci 64 digit, bukan dengan file kunci crypt14.</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens with the phone&apos;s “key” file (readable only on a rooted phone), not with a 64-digit key.</source>
        <translation>{0} adalah cadangan lokal lama (.crypt14): dibuka dengan file “key” ponsel (hanya bisa dibaca di ponsel yang di-root), bukan dengan kunci 64 digit.</translation>
    </message>
    <message>
        <source>Enter the 64-digit key WhatsApp showed when you turned on the encrypted backup.</source>
        <translation>Masukkan kunci 64 digit yang ditampilkan WhatsApp saat Anda mengaktifkan cadangan terenkripsi.</translation>
    </message>
    <message>
        <source>The key can only contain the digits 0–9 and the letters a–f, but it contains {0}. Check what you typed against the key WhatsApp showed (the letter O is never in it: it is the digit 0).</source>
        <translation>Kunci hanya boleh berisi angka 0–9 dan huruf a–f, tetapi berisi {0}. Periksa ketikan Anda dengan kunci yang ditampilkan WhatsApp (huruf O tidak pernah ada: itu angka 0).</translation>
    </message>
    <message numerus="yes">
        <source>The key has %n digit(s); WhatsApp&apos;s backup key has 64. Check that none is missing or doubled.</source>
        <translation>
            <numerusform>Kunci berisi %n digit; kunci cadangan WhatsApp berisi 64. Periksa tidak ada yang hilang atau ganda.</numerusform>
        </translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: its contents are not a key.</source>
        <translation>{0} bukan file kunci WhatsApp: isinya bukan kunci.</translation>
    </message>
    <message>
        <source>{0} is incomplete: copy the key file from the phone again.</source>
        <translation>{0} tidak lengkap: salin lagi file kunci dari ponsel.</translation>
    </message>
    <message>
        <source>{0} is not a WhatsApp key file: it is far too large.</source>
        <translation>{0} bukan file kunci WhatsApp: ukurannya terlalu besar.</translation>
    </message>
    <message>
        <source>{0} is empty: copy it from the phone again.</source>
        <translation>{0} kosong: salin lagi dari ponsel.</translation>
    </message>
    <message>
        <source>{0} is a file of WhatsApp&apos;s Google Drive backup, which can only be restored to a phone. Copy msgstore.db.crypt15 from the phone&apos;s WhatsApp/Databases folder instead.</source>
        <translation>{0} adalah file cadangan WhatsApp di Google Drive, yang hanya bisa dipulihkan ke ponsel. Salin msgstore.db.crypt15 dari folder WhatsApp/Databases di ponsel.</translation>
    </message>
    <message>
        <source>{0} is an old backup (.crypt12, from WhatsApp before 2021), which wamigrate does not open. If the phone still has WhatsApp, back up again (Settings ▸ Chats ▸ Chat backup): the new backup holds the same history, and wamigrate opens it. A copy another tool has already decrypted (msgstore.db) can be chosen here too.</source>
        <translation>{0} adalah cadangan lama (.crypt12, dari WhatsApp sebelum 2021), yang tidak dibuka oleh wamigrate. Jika ponsel masih memiliki WhatsApp, cadangkan lagi (Setelan ▸ Chat ▸ Cadangan chat): cadangan baru berisi riwayat yang sama, dan wamigrate bisa membukanya. Salinan yang sudah didekripsi oleh alat lain (msgstore.db) juga bisa dipilih di sini.</translation>
    </message>
    <message>
        <source>{0} is an older local backup (.crypt14): it opens only with the phone&apos;s “key” file, which can be copied from a rooted phone. On a phone that is not rooted, turn on the end-to-end encrypted backup with a 64-digit key and back up again: that gives a .crypt15 file wamigrate can open.</source>
        <translation>{0} adalah cadangan lokal lama (.crypt14): hanya bisa dibuka dengan file “key” ponsel, yang bisa disalin dari ponsel yang di-root. Di ponsel yang tidak di-root, aktifkan cadangan terenkripsi end-to-end dengan kunci 64 digit lalu cadangkan lagi: hasilnya file .crypt15 yang bisa dibuka wamigrate.</translation>
    </message>
    <message>
        <source>{0} opened with the key, but what it holds is not a WhatsApp database.</source>
        <translation>{0} terbuka dengan kunci, tetapi isinya bukan basis data WhatsApp.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s database in this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>Database WhatsApp di cadangan iPhone ini rusak: buat cadangan lagi di komputer.</translation>
    </message>
    <message>
        <source>WhatsApp is in this iPhone backup, but its chats are not: WhatsApp&apos;s own end-to-end encrypted iCloud backup is probably on, which keeps the chats out of the computer&apos;s backup. In WhatsApp, go to Settings ▸ Chats ▸ Chat Backup ▸ End-to-end Encrypted Backup and turn it off, then back up the iPhone on the computer again.</source>
        <translation>WhatsApp ada di cadangan iPhone ini, tetapi chatnya tidak: kemungkinan cadangan terenkripsi end-to-end milik WhatsApp sendiri ke iCloud aktif, sehingga chat tidak masuk ke cadangan komputer. Di WhatsApp, buka Setelan ▸ Chat ▸ Cadangan Chat ▸ Cadangan Terenkripsi End-to-end dan matikan, lalu cadangkan iPhone di komputer lagi.</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp Business: choose WhatsApp instead, or another backup.</source>
        <translation>Cadangan iPhone ini tidak berisi WhatsApp Business: pilih WhatsApp, atau cadangan lain.</translation>
    </message>
    <message>
        <source>This iPhone backup has no WhatsApp: choose the backup of the iPhone that has WhatsApp, or make one in Finder, iTunes or the Apple Devices app.</source>
        <translation>Cadangan iPhone ini tidak berisi WhatsApp: pilih cadangan iPhone yang memiliki WhatsApp, atau buat di Finder, iTunes, atau aplikasi Apple Devices.</translation>
    </message>
    <message>
        <source>The group name was changed.</source>
        <translation>Nama grup diubah.</translation>
    </message>
    <message>
        <source>A member was added to the group.</source>
        <translation>Seorang anggota ditambahkan ke grup.</translation>
    </message>
    <message>
        <source>A member left the group.</source>
        <translation>Seorang anggota keluar dari grup.</translation>
    </message>
    <message>
        <source>The group icon was changed.</source>
        <translation>Ikon grup diubah.</translation>
    </message>
    <message>
        <source>You were removed from the group.</source>
        <translation>Anda dikeluarkan dari grup.</translation>
    </message>
    <message>
        <source>A member changed their phone number.</source>
        <translation>Seorang anggota mengganti nomor teleponnya.</translation>
    </message>
    <message>
        <source>The group was created.</source>
        <translation>Grup dibuat.</translation>
    </message>
    <message>
        <source>Members were added to the group.</source>
        <translation>Anggota ditambahkan ke grup.</translation>
    </message>
    <message>
        <source>A member was removed from the group.</source>
        <translation>Seorang anggota dikeluarkan dari grup.</translation>
    </message>
    <message>
        <source>A member was made a group admin.</source>
        <translation>Seorang anggota dijadikan admin grup.</translation>
    </message>
    <message>
        <source>The security code changed.</source>
        <translation>Kode keamanan berubah.</translation>
    </message>
    <message>
        <source>Messages and calls are end-to-end encrypted.</source>
        <translation>Pesan dan panggilan terenkripsi end-to-end.</translation>
    </message>
    <message>
        <source>A member joined with the group&apos;s invite link.</source>
        <translation>Seorang anggota bergabung lewat tautan undangan grup.</translation>
    </message>
    <message>
        <source>The group description was changed.</source>
        <translation>Deskripsi grup diubah.</translation>
    </message>
    <message>
        <source>This is an official business account.</source>
        <translation>Ini adalah akun bisnis resmi.</translation>
    </message>
    <message>
        <source>This account changed from a business account to a standard one.</source>
        <translation>Akun ini berubah dari akun bisnis menjadi akun standar.</translation>
    </message>
    <message>
        <source>The disappearing messages setting was changed.</source>
        <translation>Setelan pesan sementara diubah.</translation>
    </message>
    <message>
        <source>The contact was blocked or unblocked.</source>
        <translation>Kontak diblokir atau dibuka blokirnya.</translation>
    </message>
    <message>
        <source>media files and captions</source>
        <translation>file media dan keterangannya</translation>
    </message>
    <message>
        <source>which message a reply quotes</source>
        <translation>pesan mana yang dikutip sebuah balasan</translation>
    </message>
    <message>
        <source>shared locations</source>
        <translation>lokasi yang dibagikan</translation>
    </message>
    <message>
        <source>group and chat notices</source>
        <translation>pemberitahuan grup dan chat</translation>
    </message>
    <message>
        <source>contact cards</source>
        <translation>kartu kontak</translation>
    </message>
    <message>
        <source>{0} has its messages, but not the parts of the database that hold {1} as wamigrate knows them (a WhatsApp version newer than this wamigrate?). Its messages can be imported without them: choose “Import what can be read”, or update wamigrate first.</source>
        <translation>{0} memiliki pesannya, tetapi tidak memiliki bagian basis data yang menyimpan {1} seperti yang dikenal wamigrate (versi WhatsApp yang lebih baru dari wamigrate ini?). Pesannya dapat diimpor tanpa bagian itu: pilih “Impor yang bisa dibaca”, atau perbarui wamigrate terlebih dahulu.</translation>
    </message>
    <message>
        <source>This is wa.db, WhatsApp&apos;s contact list: choose msgstore.db (or msgstore.db.crypt15) for the messages.</source>
        <translation>Ini wa.db, daftar kontak WhatsApp: pilih msgstore.db (atau msgstore.db.crypt15) untuk pesannya.</translation>
    </message>
    <message>
        <source>This is an iPhone&apos;s ChatStorage.sqlite: it is read from an iPhone backup, not as an Android backup.</source>
        <translation>Ini ChatStorage.sqlite dari iPhone: dibaca dari cadangan iPhone, bukan sebagai cadangan Android.</translation>
    </message>
    <message>
        <source>This is not a WhatsApp message database wamigrate can read: it has no usable {0} table.</source>
        <translation>Ini bukan basis data pesan WhatsApp yang bisa dibaca wamigrate: tidak ada tabel {0} yang bisa dipakai.</translation>
    </message>
    <message>
        <source>Unknown member</source>
        <translation>Anggota tidak dikenal</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n dtk</numerusform>
        </translation>
    </message>
    <message>
        <source>Video call, {0}</source>
        <translation>Panggilan video, {0}</translation>
    </message>
    <message>
        <source>Voice call, {0}</source>
        <translation>Panggilan suara, {0}</translation>
    </message>
    <message>
        <source>Video call, no answer</source>
        <translation>Panggilan video, tidak dijawab</translation>
    </message>
    <message>
        <source>Voice call, no answer</source>
        <translation>Panggilan suara, tidak dijawab</translation>
    </message>
    <message>
        <source>Missed video call</source>
        <translation>Panggilan video tak terjawab</translation>
    </message>
    <message>
        <source>Missed voice call</source>
        <translation>Panggilan suara tak terjawab</translation>
    </message>
    <message>
        <source>A member joined the group.</source>
        <translation>Seorang anggota bergabung ke grup.</translation>
    </message>
    <message>
        <source>The group icon was removed.</source>
        <translation>Ikon grup dihapus.</translation>
    </message>
    <message>
        <source>media files, captions, locations and contact cards</source>
        <translation>file media, keterangan, lokasi, dan kartu kontak</translation>
    </message>
    <message>
        <source>who wrote each group message</source>
        <translation>siapa yang menulis setiap pesan grup</translation>
    </message>
    <message>
        <source>This is an Android phone&apos;s msgstore.db: add it as an Android backup, not from an iPhone backup.</source>
        <translation>Ini msgstore.db dari ponsel Android: tambahkan sebagai cadangan Android, bukan dari cadangan iPhone.</translation>
    </message>
    <message>
        <source>WhatsApp&apos;s ChatStorage.sqlite in this iPhone backup has a layout wamigrate does not know (no usable {0} table): update wamigrate, or tell us the WhatsApp version.</source>
        <translation>ChatStorage.sqlite WhatsApp di cadangan iPhone ini memiliki susunan yang tidak dikenal wamigrate (tidak ada tabel {0} yang dapat dipakai): perbarui wamigrate, atau beri tahu kami versi WhatsApp-nya.</translation>
    </message>
    <message>
        <source>[a kind of message wamigrate does not know yet (type {0})]</source>
        <translation>[jenis pesan yang belum dikenal wamigrate (tipe {0})]</translation>
    </message>
    <message>
        <source>Waiting for this message.</source>
        <translation>Menunggu pesan ini.</translation>
    </message>
    <message>
        <source>[a chat notice wamigrate does not know yet (number {0})]</source>
        <translation>[pemberitahuan chat yang belum dikenal wamigrate (nomor {0})]</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Saya</translation>
    </message>
    <message>
        <source>{0} is not a folder: choose the phone&apos;s WhatsApp “Media” folder.</source>
        <translation>{0} bukan folder: pilih folder “Media” WhatsApp dari ponsel.</translation>
    </message>
    <message>
        <source>The disk holding the archive has {0} MB free, and these media files need {1} MB. Free some space on that disk (or move the archive to a larger one) and import again; nothing was changed.</source>
        <translation>Disk tempat arsip memiliki {0} MB kosong, dan file media ini memerlukan {1} MB. Kosongkan ruang di disk itu (atau pindahkan arsip ke disk yang lebih besar) lalu impor lagi; tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>{0} could not be read: {1}</source>
        <translation>{0} tidak dapat dibaca: {1}</translation>
    </message>
    <message>
        <source>{0} is not a contacts file wamigrate reads: choose wa.db, a .vcf or a .csv file.</source>
        <translation>{0} bukan file kontak yang dibaca wamigrate: pilih wa.db, file .vcf, atau .csv.</translation>
    </message>
    <message>
        <source>{0} holds no names with phone numbers.</source>
        <translation>{0} tidak berisi nama dengan nomor telepon.</translation>
    </message>
    <message>
        <source>{0} is not WhatsApp&apos;s wa.db: it has no contacts table.</source>
        <translation>{0} bukan wa.db WhatsApp: tidak ada tabel kontak.</translation>
    </message>
    <message>
        <source>{0} could not be read as WhatsApp&apos;s wa.db: {1}</source>
        <translation>{0} tidak dapat dibaca sebagai wa.db WhatsApp: {1}</translation>
    </message>
    <message>
        <source>&lt;b&gt;The phone&apos;s backup&lt;/b&gt; opens with the 64-digit key WhatsApp showed when you turned on the end-to-end encrypted backup.</source>
        <translation>&lt;b&gt;Cadangan ponsel&lt;/b&gt; dibuka dengan kunci 64 digit yang ditampilkan WhatsApp saat Anda mengaktifkan cadangan terenkripsi end-to-end.</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kunci</translation>
    </message>
    <message>
        <source>The backup&apos;s 64-digit key</source>
        <translation>Kunci 64 digit cadangan</translation>
    </message>
    <message>
        <source>64 digits and letters a–f; spaces do not matter</source>
        <translation>64 digit dan huruf a–f; spasi tidak masalah</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>File kunci…</translation>
    </message>
    <message>
        <source>Use a file holding the key (or a rooted phone&apos;s key file)</source>
        <translation>Gunakan file berisi kunci (atau file key dari ponsel yang di-root)</translation>
    </message>
    <message>
        <source>Key check</source>
        <translation>Pemeriksaan kunci</translation>
    </message>
    <message>
        <source>Names</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s contacts (.vcf or .csv) show customers by name.</source>
        <translation>Opsional: kontak ponsel (.vcf atau .csv) menampilkan pelanggan dengan namanya.</translation>
    </message>
    <message>
        <source>Contacts…</source>
        <translation>Kontak…</translation>
    </message>
    <message>
        <source>Optional: the phone&apos;s WhatsApp “Media” folder, copied over USB.</source>
        <translation>Opsional: folder “Media” WhatsApp dari ponsel, disalin lewat USB.</translation>
    </message>
    <message>
        <source>Media folder…</source>
        <translation>Folder media…</translation>
    </message>
    <message>
        <source>Type the 64-digit key, or choose the key file.</source>
        <translation>Ketik kunci 64 digit, atau pilih file kunci.</translation>
    </message>
    <message>
        <source>Key from {0}.</source>
        <translation>Kunci dari {0}.</translation>
    </message>
    <message>
        <source>The key has 64 digits.</source>
        <translation>Kunci memiliki 64 digit.</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Pilih file kunci</translation>
    </message>
    <message>
        <source>Names from {0}.</source>
        <translation>Nama dari {0}.</translation>
    </message>
    <message>
        <source>Media from {0}.</source>
        <translation>Media dari {0}.</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s contacts</source>
        <translation>Pilih kontak ponsel</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontak</translation>
    </message>
    <message>
        <source>Choose the phone&apos;s WhatsApp Media folder</source>
        <translation>Pilih folder Media WhatsApp dari ponsel</translation>
    </message>
    <message>
        <source>This advice is as of {0}, more than six months ago: Meta&apos;s rules may have changed since. Install the latest wamigrate, which ships the newest rules, and check each finding&apos;s source and its date.</source>
        <translation>Saran ini per {0}, lebih dari enam bulan lalu: aturan Meta mungkin sudah berubah sejak itu. Pasang wamigrate terbaru, yang membawa aturan terbaru, dan periksa sumber serta tanggal setiap temuan.</translation>
    </message>
    <message>
        <source>Advice as of {0}; each rule gives its source and the source&apos;s date.</source>
        <translation>Saran per {0}; setiap aturan menyebut sumbernya dan tanggal sumber itu.</translation>
    </message>
    <message>
        <source>Since 1 October 2026 Meta charges the replies sent inside the 24-hour window (and utility templates sent there) per message, at the customer&apos;s country&apos;s rate; providers report the first {0} a month per number free. Without a payment method, the messages past that are not delivered, although the API reports success.</source>
        <translation>Sejak 1 Oktober 2026 Meta menagih per pesan balasan yang dikirim di dalam jendela 24 jam (dan template utilitas yang dikirim di sana), dengan tarif negara pelanggan; penyedia melaporkan {0} pertama per bulan per nomor gratis. Tanpa metode pembayaran, pesan setelah itu tidak terkirim, meskipun API melaporkan berhasil.</translation>
    </message>
    <message>
        <source>Your archive shows about {0} replies a month sent within 24 hours of a customer&apos;s message.</source>
        <translation>Arsip Anda menunjukkan sekitar {0} balasan per bulan yang dikirim dalam 24 jam setelah pesan pelanggan.</translation>
    </message>
    <message>
        <source>is a payment method on file (with Meta or with the provider)?</source>
        <translation>apakah ada metode pembayaran yang terdaftar (di Meta atau di penyedia)?</translation>
    </message>
    <message>
        <source>A payment method is on file.</source>
        <translation>Metode pembayaran sudah terdaftar.</translation>
    </message>
    <message>
        <source>About {0} of them a month would be charged.</source>
        <translation>Sekitar {0} di antaranya per bulan akan dikenai biaya.</translation>
    </message>
    <message>
        <source>Add a payment method in WhatsApp Manager (or with the provider) before the cut-over.</source>
        <translation>Tambahkan metode pembayaran di WhatsApp Manager (atau di penyedia) sebelum peralihan.</translation>
    </message>
    <message>
        <source>No payment method on file.</source>
        <translation>Belum ada metode pembayaran terdaftar.</translation>
    </message>
    <message>
        <source>That is within the free allowance for now.</source>
        <translation>Untuk saat ini masih dalam jatah gratis.</translation>
    </message>
    <message>
        <source>Since 1 July 2025 every delivered marketing or authentication template, and every utility template sent outside the 24-hour window, is charged per message at the rate of the customer&apos;s country; Meta changes the rates each quarter.</source>
        <translation>Sejak 1 Juli 2025 setiap template pemasaran atau autentikasi yang terkirim, dan setiap template utilitas yang dikirim di luar jendela 24 jam, dikenai biaya per pesan dengan tarif negara pelanggan; Meta mengubah tarif setiap kuartal.</translation>
    </message>
    <message>
        <source>Good to know for the first days after the cut-over.</source>
        <translation>Perlu diketahui untuk hari-hari pertama setelah peralihan.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) will need a template to be reached after the cut-over</source>
        <translation>
            <numerusform>%n pelanggan akan memerlukan template untuk dihubungi setelah peralihan</numerusform>
        </translation>
    </message>
    <message>
        <source>One template each would cost about {0} {1:,.2f} at Meta&apos;s rates of {2} (estimate).</source>
        <translation>Satu template untuk masing-masing akan berbiaya sekitar {0} {1:,.2f} dengan tarif Meta per {2} (perkiraan).</translation>
    </message>
    <message>
        <source>Ask the provider for the current rate of each of these countries before the cut-over.</source>
        <translation>Tanyakan ke penyedia tarif terkini untuk setiap negara ini sebelum peralihan.</translation>
    </message>
    <message>
        <source>Good to know if you advertise.</source>
        <translation>Perlu diketahui jika Anda beriklan.</translation>
    </message>
    <message>
        <source>When a customer writes from a click-to-WhatsApp ad or a Facebook Page button and you answer within 24 hours, every message for the next 72 hours is free, templates included: the cheapest way to reach customers again after the cut-over.</source>
        <translation>Saat pelanggan menulis dari iklan klik-ke-WhatsApp atau tombol Halaman Facebook dan Anda membalas dalam 24 jam, semua pesan selama 72 jam berikutnya gratis, termasuk template: cara termurah menjangkau pelanggan lagi setelah peralihan.</translation>
    </message>
    <message>
        <source>Meta reviews a template&apos;s category when it is used, not only when it is approved: a utility template that promotes is charged as marketing (several times the price) and counts against the marketing caps.</source>
        <translation>Meta meninjau kategori template saat dipakai, bukan hanya saat disetujui: template utilitas yang berpromosi dikenai biaya sebagai pemasaran (beberapa kali lipat harganya) dan dihitung dalam batas pemasaran.</translation>
    </message>
    <message>
        <source>Utility templates that read as promotion: {0}.</source>
        <translation>Template utilitas yang terbaca sebagai promosi: {0}.</translation>
    </message>
    <message>
        <source>Keep utility templates to the order, booking or account they are about; send offers as marketing.</source>
        <translation>Batasi template utilitas pada pesanan, pemesanan, atau akun yang dibahas; kirim penawaran sebagai pemasaran.</translation>
    </message>
    <message>
        <source>No utility template reads as promotion.</source>
        <translation>Tidak ada template utilitas yang terbaca sebagai promosi.</translation>
    </message>
    <message>
        <source>Outside the EEA, the UK, Japan and South Korea Meta limits how many marketing templates one person receives from all businesses; one past the limit is not delivered (error 131049), and a customer can stop marketing messages without blocking you (error 131050).</source>
        <translation>Di luar EEA, Inggris, Jepang, dan Korea Selatan Meta membatasi berapa banyak template pemasaran yang diterima satu orang dari semua bisnis; yang melewati batas tidak terkirim (error 131049), dan pelanggan bisa menghentikan pesan pemasaran tanpa memblokir Anda (error 131050).</translation>
    </message>
    <message>
        <source>Good to know before sending marketing templates.</source>
        <translation>Perlu diketahui sebelum mengirim template pemasaran.</translation>
    </message>
    <message>
        <source>{0} of your {1} customers with a known country ({2} %) are where the caps apply.</source>
        <translation>{0} dari {1} pelanggan Anda yang negaranya diketahui ({2} %) berada di tempat batas berlaku.</translation>
    </message>
    <message>
        <source>Providers report that authentication templates can be sent only by a verified business whose messaging limit has reached 2,000; Meta&apos;s pages do not say so.</source>
        <translation>Penyedia melaporkan bahwa template autentikasi hanya dapat dikirim oleh bisnis terverifikasi yang batas pesannya sudah mencapai 2.000; halaman Meta tidak menyebutkannya.</translation>
    </message>
    <message>
        <source>No authentication templates.</source>
        <translation>Tidak ada template autentikasi.</translation>
    </message>
    <message>
        <source>The business is verified: it can send authentication templates.</source>
        <translation>Bisnis sudah terverifikasi: dapat mengirim template autentikasi.</translation>
    </message>
    <message>
        <source>Authentication templates ({0}), but the business is not verified.</source>
        <translation>Template autentikasi ({0}), tetapi bisnis belum terverifikasi.</translation>
    </message>
    <message>
        <source>Complete business verification before you rely on codes sent over WhatsApp.</source>
        <translation>Selesaikan verifikasi bisnis sebelum mengandalkan kode yang dikirim lewat WhatsApp.</translation>
    </message>
    <message>
        <source>Since 2026 customers may choose a WhatsApp username; a business then receives a business-scoped user ID, and the phone number only if it messaged or called the customer in the last 30 days. Histories and CRMs keyed on phone numbers, this archive included, cannot match such customers by themselves.</source>
        <translation>Sejak 2026 pelanggan dapat memilih nama pengguna WhatsApp; bisnis lalu menerima ID pengguna khusus bisnis, dan nomor telepon hanya jika bisnis mengirim pesan atau menelepon pelanggan dalam 30 hari terakhir. Riwayat dan CRM yang berbasis nomor telepon, termasuk arsip ini, tidak bisa mencocokkan pelanggan seperti itu dengan sendirinya.</translation>
    </message>
    <message>
        <source>Export the customer list (name, number, first and last message) and give it to the provider&apos;s inbox or CRM, so it can join a new conversation to its history; ask it how it handles customers without a number.</source>
        <translation>Ekspor daftar pelanggan (nama, nomor, pesan pertama dan terakhir) dan berikan ke kotak masuk atau CRM penyedia, agar percakapan baru bisa digabung ke riwayatnya; tanyakan bagaimana penyedia menangani pelanggan tanpa nomor.</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) have not written or been written to in the 30 days before the cut-over.</source>
        <translation>
            <numerusform>%n pelanggan tidak menulis atau ditulisi dalam 30 hari sebelum peralihan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every customer in the archive was in touch in the last 30 days.</source>
        <translation>Semua pelanggan dalam arsip berhubungan dalam 30 hari terakhir.</translation>
    </message>
    <message>
        <source>The blue check (Official Business Account) is not carried over or granted by the move: Meta grants it to a notable, verified business with two-step verification on, after 30 days on the Platform, never to a Business-app number. Meta Verified for Business is a separate paid subscription.</source>
        <translation>Centang biru (Akun Bisnis Resmi) tidak dibawa atau diberikan oleh perpindahan: Meta memberikannya kepada bisnis terkenal dan terverifikasi dengan verifikasi dua langkah aktif, setelah 30 hari di Platform, tidak pernah untuk nomor aplikasi Business. Meta Verified for Business adalah langganan berbayar terpisah.</translation>
    </message>
    <message>
        <source>A coexistence number cannot get the blue check.</source>
        <translation>Nomor koeksistensi tidak bisa mendapat centang biru.</translation>
    </message>
    <message>
        <source>Good to know if you expect the blue check.</source>
        <translation>Perlu diketahui jika Anda mengharapkan centang biru.</translation>
    </message>
    <message>
        <source>A business portfolio may register 2 phone numbers until it is verified or reaches a messaging limit of 2,000; then 20.</source>
        <translation>Portofolio bisnis boleh mendaftarkan 2 nomor telepon sampai terverifikasi atau mencapai batas pesan 2.000; setelah itu 20.</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account already; the business is not verified.</source>
        <translation>
            <numerusform>Meta sudah mencantumkan %n nomor di akun ini; bisnis belum terverifikasi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Verify the business first, or remove a number you no longer use.</source>
        <translation>Verifikasi bisnis terlebih dahulu, atau hapus nomor yang tidak lagi dipakai.</translation>
    </message>
    <message numerus="yes">
        <source>Meta lists %n number(s) in this account.</source>
        <translation>
            <numerusform>Meta mencantumkan %n nomor di akun ini.</numerusform>
        </translation>
    </message>
    <message>
        <source>A new, unverified business portfolio: it can register 2 numbers.</source>
        <translation>Portofolio bisnis baru yang belum terverifikasi: dapat mendaftarkan 2 nomor.</translation>
    </message>
    <message>
        <source>Register this number first; verify the business before adding a test or branch number.</source>
        <translation>Daftarkan nomor ini terlebih dahulu; verifikasi bisnis sebelum menambah nomor uji atau cabang.</translation>
    </message>
    <message>
        <source>The number cap does not stand in the way.</source>
        <translation>Batas jumlah nomor tidak menghalangi.</translation>
    </message>
    <message>
        <source>Reminder for the day the number is registered.</source>
        <translation>Pengingat untuk hari nomor didaftarkan.</translation>
    </message>
    <message>
        <source>A number still registered to another provider&apos;s app shows “already registered to a partner app” until that app deregisters it; a banned number must be unbanned first; a number with paid messages in the last 30 days cannot be deleted from its WhatsApp Business Account.</source>
        <translation>Nomor yang masih terdaftar di aplikasi penyedia lain menampilkan “already registered to a partner app” sampai aplikasi itu membatalkan pendaftarannya; nomor yang diblokir harus dipulihkan dulu; nomor dengan pesan berbayar dalam 30 hari terakhir tidak bisa dihapus dari Akun WhatsApp Business-nya.</translation>
    </message>
    <message>
        <source>Ask the previous provider to deregister the number before the cut-over day.</source>
        <translation>Minta penyedia sebelumnya membatalkan pendaftaran nomor sebelum hari peralihan.</translation>
    </message>
    <message>
        <source>Under coexistence the Business app must stay on the same phone and be opened at least every 13 days (weekly is safer), or the API side disconnects; disappearing messages, view-once and live location are turned off and broadcast lists become read-only; the number cannot use the Calling or Groups API, and providers report it cannot use the Marketing Messages API either. Messages received before onboarding do not open a window on the API: the first API reply to them must be a template.</source>
        <translation>Dalam koeksistensi aplikasi Business harus tetap di ponsel yang sama dan dibuka setidaknya setiap 13 hari (setiap minggu lebih aman), atau sisi API terputus; pesan sementara, sekali lihat, dan lokasi terkini dimatikan serta daftar siaran menjadi hanya-baca; nomor tidak dapat memakai Calling API atau Groups API, dan penyedia melaporkan juga tidak dapat memakai Marketing Messages API. Pesan yang diterima sebelum orientasi tidak membuka jendela di API: balasan API pertama untuknya harus berupa template.</translation>
    </message>
    <message numerus="yes">
        <source>%n chat(s) use disappearing messages, which will be turned off.</source>
        <translation>
            <numerusform>%n chat memakai pesan sementara, yang akan dimatikan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) wrote in the 24 hours before the cut-over: answer them from the app, or with a template from the API.</source>
        <translation>
            <numerusform>%n pelanggan menulis dalam 24 jam sebelum peralihan: balas dari aplikasi, atau dengan template dari API.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tell the staff; keep the phone with the app, and open the app at least once a week.</source>
        <translation>Beri tahu staf; simpan ponsel dengan aplikasinya, dan buka aplikasi setidaknya seminggu sekali.</translation>
    </message>
    <message>
        <source>Nothing in the archive is affected; the conditions below still apply.</source>
        <translation>Tidak ada isi arsip yang terpengaruh; ketentuan di bawah tetap berlaku.</translation>
    </message>
    <message>
        <source>Worth checking before you move.</source>
        <translation>Layak diperiksa sebelum pindah.</translation>
    </message>
    <message>
        <source>Since October 2026 one number can have a Messaging account with each of several partners, and Conversation Routing decides which of them receives each conversation: to add a provider beside the current one (an AI agent beside a helpdesk, say), the number may not need to move.</source>
        <translation>Sejak Oktober 2026 satu nomor bisa memiliki akun Messaging dengan masing-masing dari beberapa mitra, dan Conversation Routing menentukan siapa yang menerima setiap percakapan: untuk menambah penyedia di samping yang sekarang (misalnya agen AI di samping helpdesk), nomor mungkin tidak perlu dipindah.</translation>
    </message>
    <message>
        <source>Meta moves a number to another provider only for a verified business portfolio with a payment method, an approved display name and no pending name change; test numbers cannot be moved.</source>
        <translation>Meta memindahkan nomor ke penyedia lain hanya untuk portofolio bisnis terverifikasi dengan metode pembayaran, nama tampilan yang disetujui, dan tanpa perubahan nama yang tertunda; nomor uji tidak bisa dipindah.</translation>
    </message>
    <message>
        <source>is the business verified, and is a payment method on file?</source>
        <translation>apakah bisnis terverifikasi, dan apakah ada metode pembayaran terdaftar?</translation>
    </message>
    <message>
        <source>the business is not verified</source>
        <translation>bisnis belum terverifikasi</translation>
    </message>
    <message>
        <source>no payment method is on file</source>
        <translation>belum ada metode pembayaran terdaftar</translation>
    </message>
    <message>
        <source>Complete business verification and add a payment method in WhatsApp Manager before the move.</source>
        <translation>Selesaikan verifikasi bisnis dan tambahkan metode pembayaran di WhatsApp Manager sebelum pindah.</translation>
    </message>
    <message>
        <source>The business is verified and has a payment method.</source>
        <translation>Bisnis terverifikasi dan memiliki metode pembayaran.</translation>
    </message>
    <message>
        <source>Category: a general-purpose AI assistant.</source>
        <translation>Kategori: asisten AI serbaguna.</translation>
    </message>
    <message>
        <source>Since 15 January 2026 the WhatsApp Business Solution Terms do not allow businesses whose main service is a general-purpose AI assistant to use the Platform; an ordinary business&apos;s customer-service bot is still allowed.</source>
        <translation>Sejak 15 Januari 2026 Ketentuan Solusi WhatsApp Business tidak mengizinkan bisnis yang layanan utamanya asisten AI serbaguna memakai Platform; bot layanan pelanggan bisnis biasa tetap diizinkan.</translation>
    </message>
    <message>
        <source>This cannot be fixed by configuration; ask Meta or the provider before planning the move.</source>
        <translation>Ini tidak bisa diatasi dengan pengaturan; tanyakan ke Meta atau penyedia sebelum merencanakan perpindahan.</translation>
    </message>
    <message>
        <source>The business is not a general-purpose AI assistant.</source>
        <translation>Bisnis ini bukan asisten AI serbaguna.</translation>
    </message>
    <message>
        <source>The customer list could not be written to {0}: {1}.</source>
        <translation>Daftar pelanggan tidak dapat ditulis ke {0}: {1}.</translation>
    </message>
    <message>
        <source>Partly true. The Groups API lets a verified-brand account (Official Business Account) create groups of at most 8 people; messages in them cannot be edited or deleted.</source>
        <translation>Sebagian benar. Groups API memungkinkan akun merek terverifikasi (Akun Bisnis Resmi) membuat grup berisi maksimal 8 orang; pesan di dalamnya tidak bisa diedit atau dihapus.</translation>
    </message>
    <message>
        <source>Partly true. The Calling API takes and makes WhatsApp calls, but only with a calling integration from the provider and a messaging limit of 2,000 or more; calls to customers are not offered in some countries.</source>
        <translation>Sebagian benar. Calling API menerima dan melakukan panggilan WhatsApp, tetapi hanya dengan integrasi panggilan dari penyedia dan batas pesan 2.000 atau lebih; panggilan ke pelanggan tidak tersedia di beberapa negara.</translation>
    </message>
    <message>
        <source>True for a full migration: deleting the app account loses every conversation the phone holds. Back every chat up first, as this assistant does.</source>
        <translation>Benar untuk migrasi penuh: menghapus akun aplikasi menghilangkan semua percakapan di ponsel. Cadangkan semua chat terlebih dahulu, seperti yang dilakukan asisten ini.</translation>
    </message>
    <message>
        <source>There are no groups on the API.</source>
        <translation>Tidak ada grup di API.</translation>
    </message>
    <message>
        <source>True for a coexistence number: groups stay in the Business app; the Groups API is not offered to Business-app numbers.</source>
        <translation>Benar untuk nomor koeksistensi: grup tetap di aplikasi Business; Groups API tidak tersedia untuk nomor aplikasi Business.</translation>
    </message>
    <message>
        <source>Meta, “Groups API”</source>
        <translation>Meta, “Groups API”</translation>
    </message>
    <message>
        <source>You cannot call or be called on the API.</source>
        <translation>Anda tidak bisa menelepon atau ditelepon di API.</translation>
    </message>
    <message>
        <source>For a coexistence number calls stay in the Business app: the Calling API is not offered under coexistence.</source>
        <translation>Untuk nomor koeksistensi panggilan tetap di aplikasi Business: Calling API tidak tersedia dalam koeksistensi.</translation>
    </message>
    <message>
        <source>Meta, “Calling API” (generally available since 15 Jul 2025)</source>
        <translation>Meta, “Calling API” (tersedia umum sejak 15 Jul 2025)</translation>
    </message>
    <message>
        <source>Reactions do not work on the API.</source>
        <translation>Reaksi tidak berfungsi di API.</translation>
    </message>
    <message>
        <source>No longer true: the API receives customers&apos; reactions and can send its own.</source>
        <translation>Tidak benar lagi: API menerima reaksi pelanggan dan dapat mengirim reaksinya sendiri.</translation>
    </message>
    <message>
        <source>Meta, “Send messages” (reaction messages)</source>
        <translation>Meta, “Send messages” (pesan reaksi)</translation>
    </message>
    <message>
        <source>You cannot reply to a particular message (threaded replies).</source>
        <translation>Anda tidak bisa membalas pesan tertentu (balasan berutas).</translation>
    </message>
    <message>
        <source>No longer true: a message sent through the API can quote the customer&apos;s message it answers, and customers&apos; replies say which message they quote.</source>
        <translation>Tidak benar lagi: pesan yang dikirim lewat API dapat mengutip pesan pelanggan yang dibalasnya, dan balasan pelanggan menyebut pesan mana yang mereka kutip.</translation>
    </message>
    <message>
        <source>Meta, “Send messages”</source>
        <translation>Meta, “Send messages”</translation>
    </message>
    <message>
        <source>Chat history does not move to the API.</source>
        <translation>Riwayat chat tidak pindah ke API.</translation>
    </message>
    <message>
        <source>Partly true under coexistence: the provider can copy up to 6 months of one-to-one chats (no groups; media only from the last 14 days), once, within 24 hours of onboarding.</source>
        <translation>Sebagian benar dalam koeksistensi: penyedia dapat menyalin chat pribadi hingga 6 bulan (tanpa grup; media hanya dari 14 hari terakhir), satu kali, dalam 24 jam setelah orientasi.</translation>
    </message>
    <message>
        <source>For a move between providers Meta moves the number, not the conversations kept by the old provider: ask it for an export of its history.</source>
        <translation>Saat pindah penyedia Meta memindahkan nomor, bukan percakapan yang disimpan penyedia lama: minta ekspor riwayatnya.</translation>
    </message>
    <message>
        <source>Meta, “Onboard WhatsApp Business app users”</source>
        <translation>Meta, “Onboard WhatsApp Business app users”</translation>
    </message>
    <message>
        <source>Answering within 24 hours is free.</source>
        <translation>Membalas dalam 24 jam itu gratis.</translation>
    </message>
    <message>
        <source>No longer true since 1 October 2026: replies inside the 24-hour window are charged per message at the customer&apos;s country&apos;s rate past a monthly free allowance (providers report 1,000 per number), and without a payment method they are not delivered. A reply to a click-to-WhatsApp ad still opens 72 free hours.</source>
        <translation>Tidak benar lagi sejak 1 Oktober 2026: balasan di dalam jendela 24 jam dikenai biaya per pesan dengan tarif negara pelanggan di atas jatah gratis bulanan (penyedia melaporkan 1.000 per nomor), dan tanpa metode pembayaran tidak terkirim. Balasan untuk iklan klik-ke-WhatsApp masih membuka 72 jam gratis.</translation>
    </message>
    <message>
        <source>No longer true on the API since 1 October 2026 (replies are charged past a monthly free allowance); what you send from the Business app itself stays free.</source>
        <translation>Tidak benar lagi di API sejak 1 Oktober 2026 (balasan dikenai biaya di atas jatah gratis bulanan); yang Anda kirim dari aplikasi Business sendiri tetap gratis.</translation>
    </message>
    <message>
        <source>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</source>
        <translation>Meta, “Upcoming pricing updates for Meta Business Agent, service and utility messages”</translation>
    </message>
    <message>
        <source>{0} of this iPhone backup is damaged: make the backup again on the computer.</source>
        <translation>{0} dari cadangan iPhone ini rusak: buat cadangan lagi di komputer.</translation>
    </message>
    <message>
        <source>{0} is not an iPhone backup: choose the folder Finder, iTunes or the Apple Devices app made (it holds Manifest.db and Info.plist), usually in MobileSync/Backup.</source>
        <translation>{0} bukan cadangan iPhone: pilih folder yang dibuat Finder, iTunes, atau aplikasi Apple Devices (berisi Manifest.db dan Info.plist), biasanya di MobileSync/Backup.</translation>
    </message>
    <message>
        <source>macOS keeps iPhone backups private: to let wamigrate read them, open System Settings ▸ Privacy &amp; Security ▸ Full Disk Access, turn wamigrate on, then open wamigrate again. Or copy the backup&apos;s folder somewhere else and choose it.</source>
        <translation>macOS menjaga cadangan iPhone tetap pribadi: agar wamigrate dapat membacanya, buka Pengaturan Sistem ▸ Privasi &amp; Keamanan ▸ Akses Disk Penuh, aktifkan wamigrate, lalu buka wamigrate lagi. Atau salin folder cadangan ke tempat lain dan pilih folder itu.</translation>
    </message>
    <message>
        <source>The backups folder {0} could not be read: {1}.</source>
        <translation>Folder cadangan {0} tidak dapat dibaca: {1}.</translation>
    </message>
    <message>
        <source>The backup password could not be checked. Try again.</source>
        <translation>Kata sandi cadangan tidak dapat diperiksa. Coba lagi.</translation>
    </message>
    <message>
        <source>{0} in this iPhone backup is damaged or incomplete: make the backup again on the computer.</source>
        <translation>{0} di cadangan iPhone ini rusak atau tidak lengkap: buat cadangan lagi di komputer.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an invalid name): make the backup again.</source>
        <translation>Manifest.db cadangan iPhone ini rusak (sebuah file memiliki nama yang tidak valid): buat cadangan lagi.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file has an impossible size): make the backup again.</source>
        <translation>Manifest.db cadangan iPhone ini rusak (sebuah file memiliki ukuran yang mustahil): buat cadangan lagi.</translation>
    </message>
    <message>
        <source>{0} is listed in this iPhone backup but its file is missing: the backup is incomplete. Make it again on the computer.</source>
        <translation>{0} tercantum di cadangan iPhone ini tetapi filenya tidak ada: cadangan tidak lengkap. Buat lagi di komputer.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged (a file&apos;s details cannot be read): make the backup again.</source>
        <translation>Manifest.db cadangan iPhone ini rusak (detail sebuah file tidak dapat dibaca): buat cadangan lagi.</translation>
    </message>
    <message>
        <source>This iPhone backup is not finished: the computer is still making it, or it stopped half-way. Wait until Finder or the Apple Devices app says the backup is done (or make it again), then choose it.</source>
        <translation>Cadangan iPhone ini belum selesai: komputer masih membuatnya, atau berhenti di tengah jalan. Tunggu sampai Finder atau aplikasi Apple Devices menyatakan cadangan selesai (atau buat lagi), lalu pilih.</translation>
    </message>
    <message>
        <source>This iPhone backup is encrypted: type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app (it is not the phone&apos;s passcode, nor the Apple ID&apos;s password).</source>
        <translation>Cadangan iPhone ini terenkripsi: ketik kata sandi yang dipilih untuk cadangan ponsel di Finder, iTunes, atau aplikasi Apple Devices (bukan kode sandi ponsel, bukan pula kata sandi ID Apple).</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s key list (in Manifest.plist) is damaged: make the backup again on the computer.</source>
        <translation>Daftar kunci cadangan iPhone ini (di Manifest.plist) rusak: buat cadangan lagi di komputer.</translation>
    </message>
    <message>
        <source>This password does not open the iPhone backup. Type the password chosen for the phone&apos;s backups in Finder, iTunes or the Apple Devices app; letters must match in case.</source>
        <translation>Kata sandi ini tidak membuka cadangan iPhone. Ketik kata sandi yang dipilih untuk cadangan ponsel di Finder, iTunes, atau aplikasi Apple Devices; huruf besar dan kecil harus sama.</translation>
    </message>
    <message>
        <source>This iPhone backup has no Manifest.db: it is incomplete. Make the backup again on the computer.</source>
        <translation>Cadangan iPhone ini tidak memiliki Manifest.db: tidak lengkap. Buat cadangan lagi di komputer.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db is damaged or incomplete: make the backup again on the computer.</source>
        <translation>Manifest.db cadangan iPhone ini rusak atau tidak lengkap: buat cadangan lagi di komputer.</translation>
    </message>
    <message>
        <source>This iPhone backup&apos;s Manifest.db has a layout wamigrate does not know (a newer iOS?). Update wamigrate, or tell us the iOS version.</source>
        <translation>Manifest.db cadangan iPhone ini memiliki susunan yang tidak dikenal wamigrate (iOS yang lebih baru?). Perbarui wamigrate, atau beri tahu kami versi iOS-nya.</translation>
    </message>
    <message>
        <source>Marketing (offers, news, come back)</source>
        <translation>Pemasaran (penawaran, kabar baru, ajakan kembali)</translation>
    </message>
    <message>
        <source>Utility (about an order, booking or account)</source>
        <translation>Utilitas (tentang pesanan, reservasi, atau akun)</translation>
    </message>
    <message>
        <source>{0} is too large to be Meta&apos;s rate card (it is about 2 kB).</source>
        <translation>{0} terlalu besar untuk tabel tarif Meta (ukurannya sekitar 2 kB).</translation>
    </message>
    <message>
        <source>The rate card {0} does not exist.</source>
        <translation>Tabel tarif {0} tidak ada.</translation>
    </message>
    <message>
        <source>The rate card {0} cannot be read: {1}.</source>
        <translation>Tabel tarif {0} tidak dapat dibaca: {1}.</translation>
    </message>
    <message>
        <source>{0} is not a text file: download the rate card from Meta&apos;s pricing page as CSV.</source>
        <translation>{0} bukan file teks: unduh tabel tarif dari halaman harga Meta sebagai CSV.</translation>
    </message>
    <message>
        <source>{0} is not Meta&apos;s rate card: no row starts with &quot;Market&quot;. Download &quot;Rate card (USD)&quot; from Meta&apos;s pricing page and choose that file.</source>
        <translation>{0} bukan tabel tarif Meta: tidak ada baris yang diawali &quot;Market&quot;. Unduh &quot;Rate card (USD)&quot; dari halaman harga Meta dan pilih file itu.</translation>
    </message>
    <message>
        <source>{0} does not say from when its rates apply (&quot;effective …&quot; in its first line).</source>
        <translation>{0} tidak menyebutkan sejak kapan tarifnya berlaku (&quot;effective …&quot; di baris pertamanya).</translation>
    </message>
    <message>
        <source>{0} gives a date that is not a date: {1}.</source>
        <translation>{0} memuat tanggal yang bukan tanggal: {1}.</translation>
    </message>
    <message>
        <source>{0} has no {1} column.</source>
        <translation>{0} tidak punya kolom {1}.</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a rate.</source>
        <translation>{0}, baris {1} ({2}): {3} bukan tarif.</translation>
    </message>
    <message>
        <source>{0}, row {1} ({2}): {3} is not a plausible rate per message.</source>
        <translation>{0}, baris {1} ({2}): {3} bukan tarif per pesan yang masuk akal.</translation>
    </message>
    <message>
        <source>{0} has no &quot;Other&quot; market, which prices every country Meta does not list: it is not a whole card.</source>
        <translation>{0} tidak punya pasar &quot;Other&quot;, yang menagih setiap negara yang tidak dicantumkan Meta: ini bukan tabel lengkap.</translation>
    </message>
    <message>
        <source>{0} mixes currencies ({1}).</source>
        <translation>{0} mencampur mata uang ({1}).</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
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
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ya</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Tidak</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Buang</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Terapkan</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Bantuan</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Urungkan</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ulangi</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Po&amp;tong</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Salin</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Salin &amp;Lokasi Tautan</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Tempel</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Pilih Semua</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Selesai</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
</context>
</TS>
