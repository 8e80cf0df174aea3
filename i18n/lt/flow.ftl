### Vedlio pirminė patikra ir septyni scenarijai (lietuvių kalba).
### Paslaugų teikėjo duomenys gaunami kaip kintamieji iš profilio: $provider, $daily-limit,
### $hourly-account-limit, $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server,
### $imap-server, $pop3-server, $mail-log, $php-sending, $spam-folder, $spf-include.
### Kiekvienas klausimas užduodamas taip, kad natūralus atsakymas vestų į jo reiškiamą šaką: jokių
### neigiamų klausimų (be „Ar nėra…?“, „Ar neviršijote…?“), o kiekvienas pavadinimas santraukoje
### skaitomas kaip faktas su atsakymu („IP adresas juodajame sąraše: Ne“).

## The ways in

ui-start-title = Pradžia
ui-start-text = Ką norėtumėte daryti?
ui-start-prechecks = Atlikti pirminę patikrą (geriausia, jei nežinote, kas neveikia)
ui-start-scenarios = Žinau, kas neveikia: pasirinkti vieną iš septynių problemų
ui-start-code = Turiu klaidos kodą arba grąžintą laišką
ui-pick-title = Kas neveikia
ui-pick-text = Kuris variantas geriausiai apibūdina problemą?
ui-lookup-title = Kodo paieška
ui-lookup-text = Įveskite atsakymo kodą (pvz., 550 arba 5.1.1) arba įklijuokite klaidos eilutę iš grąžinto laiško.

## Pre-checks

check-name = Pirminė patikra
check-service-title = Paslauga ir domenas aktyvūs
check-service-text =
    Ar el. pašto paslauga ir svetainių talpinimo planas, kuriam ji priklauso, yra aktyvūs, o pats
    domenas vis dar registruotas ir galioja?
check-service-unsure =
    Prisijunkite prie valdymo skydelio ({ $control-panel }). Jame matyti plano ir domeno galiojimo
    pabaigos datos; jei kuris nors iš jų pažymėtas kaip pasibaigęs ar sustabdytas,
    atsakykite „ne“.
check-service-no =
    Pašto dėžutės nustoja veikti, kai tik baigiasi plano ar domeno galiojimas. Valdymo skydelyje
    pratęskite tai, kas baigėsi; paštas vėl veiks, kai tik pratęsimas bus įvykdytas.
check-webmail-title = Žiniatinklio paštas veikia
check-webmail-text =
    Atidarykite žiniatinklio paštą ({ $webmail }), išsiųskite laišką į pašto dėžutę pas kitą
    paslaugų teikėją (pavyzdžiui, Gmail ar Outlook.com) ir iš ten į jį atsakykite. Ar atėjo ir
    laiškas, ir atsakymas?
check-webmail-unsure =
    Išsiuntę laišką savo paties adresu, nepatikrinsite nė vienos krypties: jis lieka tame pačiame
    serveryje. Išsiuntę laišką kitam paslaugų teikėjui ir gavę atsakymą, patikrinsite abi kryptis.
    Jei visai negalite prisijungti, atsakykite „ne“.
check-webmail-yes =
    Pašto dėžutė ir paslaugų teikėjo serveriai veikia. Greičiausiai kalti pašto programos nustatymai,
    tad palyginkite juos su scenarijumi, atitinkančiu jūsų problemą.
check-login-title = Prisijungimas prie žiniatinklio pašto veikia
check-login-text = Ar galite prisijungti prie žiniatinklio pašto savo slaptažodžiu, prisijungimo vardu nurodę visą el. pašto adresą?
check-login-unsure =
    Prisijungimo vardas yra visas adresas, pavyzdžiui, anna@example.com, o ne tik „anna“. Pabandykite
    taip prisijungti prie žiniatinklio pašto.
check-login-no =
    Įveskite visą adresą, įskaitant dalį po @. Jei vis tiek nepavyksta, valdymo skydelyje
    ({ $control-panel }) nustatykite naują pašto dėžutės slaptažodį ir naudokite jį žiniatinklio
    pašte bei visose pašto programose.
check-maintenance-title = Priežiūros darbai ar sutrikimas
check-maintenance-text =
    Ar būsenos puslapyje ({ $status-page }) paskelbti priežiūros darbai ar sutrikimas, susiję su
    jūsų paslauga?
check-maintenance-unsure =
    Atidarykite būsenos puslapį ir tarp vykdomų bei suplanuotų darbų paieškokite savo paslaugos ar
    serverio pavadinimo.
check-maintenance-yes =
    Vykdomi darbai gali sulėtinti ar sutrikdyti paštą. Palaukite, kol jie bus pažymėti kaip baigti, ir
    bandykite dar kartą; darbų metu sulaikyti laiškai paprastai pristatomi vėliau.
check-mx-title = MX įrašai nukreipti į paslaugų teikėją
check-mx-text = Ar domeno MX įrašai nukreipti į paslaugų teikėjo ({ $provider }) pašto serverius?
check-mx-unsure =
    Patikrinkite domeno MX įrašus ir palyginkite juos su valdymo skydelyje rekomenduojamais:
      dig MX example.com
    Windows sistemoje:
      nslookup -type=mx example.com
check-mx-no =
    Domeno paštas keliauja ten, kur nurodo MX įrašai. Ištaisykite juos domeno DNS zonoje; pakeitimas
    gali įsigalioti tik po kelių valandų.

## Scenario names

scenario-1-name = Siuntimas iš pašto programos (SMTP)
scenario-2-name = Gavimas pašto programoje (POP3 arba IMAP)
scenario-3-name = Žiniatinklio paštas: prisijungimas, siuntimas ar gavimas
scenario-4-name = Siuntimas PHP skriptais iš svetainių talpinimo
scenario-5-name = Siuntimas iš virtualaus ar dedikuoto serverio
scenario-6-name = Gavimas virtualiame ar dedikuotame serveryje
scenario-7-name = Dingo laiškas

## 1. Sending from a mail program

scenario-1-left-title = Laiškas aplanke „Išsiųsti“
scenario-1-left-text =
    Ar laiškas yra pašto programos aplanke „Išsiųsti“? Jei taip, jis paliko programą, o problema – jo
    pristatymas.
scenario-1-left-unsure =
    Pažiūrėkite aplankuose „Išsiųsti“ ir „Siunčiamieji“. Laiškas aplanke „Išsiųsti“ jau paliko
    programą, o įstrigęs aplanke „Siunčiamieji“ – dar ne.
scenario-1-error-title = Rodoma klaida
scenario-1-error-text = Ar siunčiant pašto programa rodo klaidos pranešimą?
scenario-1-error-unsure = Išsiųskite sau trumpą bandomąjį laišką ir stebėkite, ar atsiras langas ar pranešimas su klaida.
scenario-1-code-title = Klaida
scenario-1-code-text = Įveskite kodą arba įklijuokite klaidos tekstą, kurį parodė pašto programa.
scenario-1-connect-title = Ryšio su serveriu klaida
scenario-1-connect-text =
    Ar pašto programa praneša apie ryšio su siunčiamų laiškų serveriu klaidą, pavyzdžiui, kad baigėsi
    ryšio laukimo laikas arba ryšys atmestas?
scenario-1-connect-unsure =
    Tokiose klaidose atsakymo kodo nėra: Outlook rodo 0x800CCC0E arba 0x800CCC0F, Thunderbird –
    „Laiško nepavyko išsiųsti“ arba „…nepavyko susisiekti su išsiuntimo (SMTP) serveriu…“, Apple
    Mail – „cannot connect to the server“.
scenario-1-connect-yes =
    Naudokite 587 prievadą su STARTTLS arba 465 prievadą su SSL/TLS, bet ne 25: dauguma namų ir
    mobiliojo ryšio tinklų 25 prievadą blokuoja. Ryšį gali nutraukti antivirusinės programos pašto
    apsauga ar paštą tikrinanti ugniasienė: išjunkite jos pašto tikrinimą ir bandykite dar kartą.
    Serverio vardą įveskite tiksliai – { $smtp-server }: jūsų domeno vardas serverio sertifikato
    neatitinka. Patikrinti iš kompiuterio galite taip:
      openssl s_client -connect { $smtp-server }:465
scenario-1-config-title = Veikia su pataisytais nustatymais
scenario-1-config-text =
    Paskyros nustatymuose patikrinkite siunčiamų laiškų serverį: serveris { $smtp-server }, prievadas
    587 su STARTTLS arba prievadas 465 su SSL/TLS. Ar juos pataisius siuntimas veikia?
scenario-1-config-unsure =
    Siunčiamų laiškų (SMTP) serveris nurodomas programos paskyros nustatymuose, dažnai skiltyje
    „Siunčiamų laiškų serveris“ (Outlook) arba „Laiškų išsiuntimo serveris (SMTP)“ (Thunderbird).
scenario-1-auth-title = Veikia su SMTP autentifikavimu
scenario-1-auth-text =
    Įjunkite „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“; naudotojo vardas –
    visas el. pašto adresas, slaptažodis – tas pats kaip žiniatinklio pašte. Ar dabar siuntimas veikia?
scenario-1-auth-unsure =
    Jei šiuo adresu ir slaptažodžiu galite prisijungti prie žiniatinklio pašto ({ $webmail }), jie
    tinka ir pašto programai.
scenario-1-blocked-title = Pašto dėžutei užblokuotas siuntimas
scenario-1-blocked-text =
    Ar paslaugų teikėjas užblokavo siuntimą iš šios pašto dėžutės, pavyzdžiui, po to, kai buvo
    pavogtas jos slaptažodis? Tai matyti valdymo skydelyje arba paslaugų teikėjo pranešime.
scenario-1-blocked-unsure =
    Jei iš pašto dėžutės be savininko žinios buvo siunčiamas šlamštas, siuntimas iš jos blokuojamas,
    nors laiškus ji ir toliau gauna. Serverio atsakyme dažnai būna „blocked“, „bad outbound sender“,
    „policy violation“ arba nurodoma paskyra.
scenario-1-blocked-yes =
    Valdymo skydelyje ({ $control-panel }) pakeiskite pašto dėžutės slaptažodį, patikrinkite, ar
    visuose ją naudojančiuose kompiuteriuose ir telefonuose nėra kenkėjiškų programų, ir pašalinkite
    persiuntimo taisykles, kurių nenustatėte patys. Tada paprašykite pagalbos tarnybos panaikinti
    blokavimą; jai reikės pašto dėžutės adreso.
scenario-1-limit-title = Viršyti siuntimo limitai
scenario-1-limit-text =
    Ar viršyti siuntimo limitai: { $hourly-account-limit } { $hourly-account-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per valandą iš vienos pašto dėžutės, { $hourly-ip-limit } per valandą iš vieno IP adreso ir
    { $daily-limit } per dieną iš svetainių talpinimo plano?
scenario-1-limit-unsure =
    Suskaičiuokite, kiek laiškų išsiųsta per paskutinę valandą ir šiandien, įskaitant naujienlaiškius
    ir laiškus daugeliui gavėjų.
scenario-1-limit-yes =
    Viršijus limitą, serveris kurį laiką atmeta kitus laiškus. Prieš siųsdami vėl palaukite valandą, o
    didelius siuntimus paskirstykite per ilgesnį laiką arba naudokite tam skirtą paslaugą.
scenario-1-solved-title = Siuntimas veikia
scenario-1-solved-text = Siuntimas vėl veikia. Tokius pat nustatymus naudokite visose programose, kuriose naudojama ši pašto dėžutė.
scenario-1-contact-title = Kreiptis į pagalbos tarnybą
scenario-1-contact-text = Jei siųsti vis tiek nepavyksta, parašykite pagalbos tarnybai ir nurodykite:

## 2. Receiving in a mail program

scenario-2-left-title = Klaida gaunant laiškus
scenario-2-left-text = Ar pašto programa rodo klaidą, kai tikrina, ar yra naujų laiškų?
scenario-2-left-unsure =
    Spustelėkite „Siųsti / gauti“ (Outlook) arba „Atsiųsti laiškus“ (Thunderbird) ir stebėkite, ar
    atsiras langas ar pranešimas su klaida. Jei programa rodo, kad viskas atnaujinta, vadinasi, ji
    prisijungia.
scenario-2-config-title = Veikia su pataisytais nustatymais
scenario-2-config-text =
    Patikrinkite gaunamų laiškų serverį: IMAP { $imap-server }, prievadas 993 su SSL/TLS, arba POP3
    { $pop3-server }, prievadas 995 su SSL/TLS; naudotojo vardas – visas el. pašto adresas. Ar juos
    pataisius gavimas veikia?
scenario-2-config-unsure = IMAP laiškus laiko serveryje ir rodo aplankus; POP3 atsisiunčia tik gautųjų laiškų aplanką.
scenario-2-password-title = Slaptažodis tinka žiniatinklio pašte
scenario-2-password-text = Ar galite prisijungti prie žiniatinklio pašto ({ $webmail }) tuo pačiu adresu ir slaptažodžiu, kuriuos naudoja programa?
scenario-2-password-unsure = Nukopijuokite slaptažodį iš programos nustatymų į žiniatinklio pašto prisijungimo puslapį ir pabandykite.
scenario-2-password-yes =
    Slaptažodis teisingas, tad greičiausiai kalti programos nustatymai arba kažkas tarp programos ir
    serverio, pavyzdžiui, ugniasienė ar paštą tikrinanti antivirusinė programa.
scenario-2-password-no =
    Valdymo skydelyje ({ $control-panel }) nustatykite naują slaptažodį ir įveskite jį žiniatinklio
    pašte bei pašto programoje.
scenario-2-pop3-title = Kitas įrenginys naudoja POP3
scenario-2-pop3-text = Ar kitas telefonas, kompiuteris ar programa atsisiunčia šios pašto dėžutės laiškus per POP3?
scenario-2-pop3-unsure =
    Peržiūrėkite kiekvieno šią pašto dėžutę skaitančio įrenginio paskyros nustatymus: ten nurodytas
    gaunamų laiškų serverio tipas – POP3 arba IMAP.
scenario-2-pop3-yes =
    Per POP3 veikianti programa atsisiunčia laiškus ir ištrina juos iš serverio, todėl kiti įrenginiai
    jų nebemato. Toje programoje įjunkite „Palikti laiškų kopijas serveryje“ arba visuose
    įrenginiuose nustatykite IMAP.
scenario-2-full-title = Pašto dėžutė pilna
scenario-2-full-text = Ar pašto dėžutė pilna, t. y. valdymo skydelis ar žiniatinklio paštas rodo, kad visa jos vieta išnaudota?
scenario-2-full-unsure = Kiek pašto dėžutės vietos išnaudota, rodo žiniatinklio paštas ir valdymo skydelis ({ $control-panel }).
scenario-2-full-yes =
    Pilna pašto dėžutė atmeta naujus laiškus, o jų siuntėjai gauna grąžintus laiškus. Ištrinkite senus
    laiškus ir ištuštinkite šiukšlinę arba valdymo skydelyje padidinkite pašto dėžutės vietą; tada
    paprašykite siuntėjų išsiųsti laiškus dar kartą.
scenario-2-rules-title = Filtro, persiuntimo ar blokavimo taisyklė
scenario-2-rules-text =
    Ar žiniatinklio pašte yra filtro, persiuntimo ar automatinio trynimo taisyklė arba užblokuotų
    siuntėjų sąrašo įrašas, kuris galėtų sulaikyti laiškus?
scenario-2-rules-unsure = Taisykles rasite žiniatinklio pašto ({ $webmail }) nustatymuose, dažnai skiltyje „Filtrai“ arba „Taisyklės“, kartu su užblokuotais siuntėjais.
scenario-2-rules-yes =
    Pakeiskite ar pašalinkite taisyklę arba išbraukite siuntėją iš užblokuotų siuntėjų sąrašo.
    Taisyklės perkelti laiškai yra jos nurodytame aplanke, o persiųstų ar ištrintų laiškų šioje pašto
    dėžutėje nebėra.
scenario-2-quarantine-title = Laiškas sulaikytas karantine
scenario-2-quarantine-text = Ar laiškas sulaikytas paslaugų teikėjo šlamšto karantine?
scenario-2-quarantine-unsure = Karantiną rasite valdymo skydelio ({ $control-panel }) šlamšto filtro skiltyje arba žiniatinklio pašte.
scenario-2-quarantine-yes = Išleiskite laišką iš karantino ir įtraukite siuntėją į baltąjį sąrašą, kad kiti jo laiškai būtų pristatyti.
scenario-2-solved-title = Gavimas veikia
scenario-2-solved-text = Gavimas vėl veikia. Tokius pat nustatymus naudokite visose programose, kuriose naudojama ši pašto dėžutė.
scenario-2-contact-title = Kreiptis į pagalbos tarnybą
scenario-2-contact-text = Jei gauti vis tiek nepavyksta, parašykite pagalbos tarnybai ir nurodykite:

## 3. Webmail

scenario-3-what-title = Žiniatinklio pašto problema
scenario-3-what-text = Kas neveikia žiniatinklio pašte?
scenario-3-what-login = Negaliu prisijungti
scenario-3-what-missing = Trūksta laiško arba jis nepasiekė gavėjo
scenario-3-what-error = Siunčiant rodoma klaida
scenario-3-login-title = Prisijungimas visu adresu veikia
scenario-3-login-text = Ar pavyksta prisijungti, kai prisijungimo vardu įvedate visą adresą, įskaitant dalį po @?
scenario-3-login-unsure = Prisijungimo vardas visada yra visas adresas, pavyzdžiui, anna@example.com.
scenario-3-password-title = Prisijungimas nauju slaptažodžiu veikia
scenario-3-password-text = Ar pavyksta prisijungti nustačius naują pašto dėžutės slaptažodį valdymo skydelyje ({ $control-panel })?
scenario-3-password-unsure = Naują slaptažodį įveskite ranka, o ne įklijuokite, kad neįsiveltų tarpas.
scenario-3-code-title = Klaida
scenario-3-code-text = Įveskite kodą arba įklijuokite klaidos tekstą, kurį parodė žiniatinklio paštas.
scenario-3-solved-title = Žiniatinklio paštas veikia
scenario-3-solved-text = Žiniatinklio paštas vėl veikia.
scenario-3-contact-title = Kreiptis į pagalbos tarnybą
scenario-3-contact-text = Jei žiniatinklio paštas vis tiek neveikia, parašykite pagalbos tarnybai ir nurodykite:

## 4. PHP on web hosting

scenario-4-function-title = Siunčia per PHP mail()
scenario-4-function-text = Ar skriptas siunčia laiškus integruota PHP funkcija mail()?
scenario-4-function-unsure =
    Pažiūrėkite skripte ar jo nustatymuose: pašto biblioteka, kuriai nurodyta „SMTP“, serveris ir
    prievadas 25, jungiasi tiesiogiai, o ne kviečia mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Šio plano skriptai gali naudoti mail() arba SMTP ryšį su pašto dėžutės prisijungimo vardu ir slaptažodžiu; patikrinkite, ar užpildyti visi skripto SMTP nustatymai.
       *[mail-function-only] Šiame talpinimo plane skriptai gali siųsti tik per mail(); tiesioginis SMTP ryšys su 25 prievadu blokuojamas. Pakeiskite skripto ar jo bibliotekos nustatymus, kad laiškai būtų siunčiami per mail().
    }
scenario-4-limit-title = Pasiektas dienos limitas
scenario-4-limit-text =
    Ar talpinimo planas pasiekė dienos limitą ({ $daily-limit } { $daily-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per dieną)? Valdymo skydelyje matyti, kiek jo išnaudota.
scenario-4-limit-unsure = Valdymo skydelyje ({ $control-panel }) atidarykite talpinimo plano informaciją ir pažiūrėkite jo būseną.
scenario-4-limit-yes =
    Pasiekus dienos limitą, serveris atmeta kitus laiškus, kol limitas atsinaujina. Siųskite mažiau,
    pavyzdžiui, grupuodami pranešimus, o masiniams laiškams naudokite masinio siuntimo paslaugą.
scenario-4-from-title = Siuntėjo adresas iš svetainės domeno
scenario-4-from-text =
    Ar skripto siunčiamų laiškų siuntėjo (From) adresas yra pačios svetainės domeno adresas,
    pavyzdžiui, forma@jūsų-domenas?
scenario-4-from-unsure =
    Pažiūrėkite skripto siuntėjo (From) nustatymą arba skripto išsiųsto laiško eilutę „From“.
    Kontaktų forma, kuri į From laukelį įrašo lankytojo adresą (kazkas@gmail.com), siunčia kito domeno vardu.
scenario-4-from-no =
    Gmail, Yahoo ir Outlook.com atmeta arba perkelia į šlamštą laišką, išsiųstą kito domeno vardu be
    to domeno leidimo: lankytojo domenas tai draudžia DMARC įrašu. Antraštėje From nurodykite
    svetainės adresą, o lankytojo adresą – antraštėje Reply-To, voko siuntėju (envelope sender)
    nustatykite tą patį svetainės adresą (mail() parametras -f arba sendmail_from) ir kiekvienam
    laiškui pridėkite antraštes Date ir Message-ID, kurių reikalauja Gmail.
scenario-4-arrive-title = mail() praneša apie sėkmę
scenario-4-arrive-text = Ar mail() šiam laiškui grąžina true (sėkmė)?
scenario-4-arrive-unsure = Funkcija mail() grąžina true, kai perduoda laišką; įrašykite šią reikšmę į skripto žurnalą.
scenario-4-contact-title = Kreiptis į pagalbos tarnybą
scenario-4-contact-text = Jei skriptas vis tiek negali siųsti, parašykite pagalbos tarnybai ir nurodykite:

## 5. Sending from a virtual or dedicated server

scenario-5-log-title = Atmetimas pašto žurnale
scenario-5-log-text = Ar pašto žurnale ({ $mail-log }) matyti, kad laiškas atmestas su atsakymo kodu?
scenario-5-log-unsure =
    Ieškokite žurnale gavėjo adreso. Debian ir Ubuntu sistemose žurnalas yra /var/log/mail.log, o
    sistemose, kuriose yra tik systemd žurnalas (journal), naudokite journalctl:
      grep 'recipient@example.com' { $mail-log }
      grep 'recipient@example.com' /var/log/mail.log
      journalctl -u postfix | grep 'recipient@example.com'
scenario-5-code-title = Atmetimas
scenario-5-code-text = Įklijuokite žurnalo eilutę su kodu ir gaunančiojo serverio pranešimu.
scenario-5-port25-title = Siunčiamasis 25 prievadas užblokuotas
scenario-5-port25-text =
    Ar žurnale matyti, kad jungiantis prie kitų pašto serverių 25 prievado baigiasi laukimo laikas,
    pavyzdžiui, „connect to mx.example.net[...]:25: Connection timed out“?
scenario-5-port25-unsure =
    Patikrinkite ryšį iš serverio; jei per minutę atsakymo nėra, prievadas kažkur pakeliui blokuojamas:
      nc -vz -w 10 gmail-smtp-in.l.google.com 25
scenario-5-port25-yes =
    Talpinimo ar debesijos paslaugų teikėjas blokuoja siunčiamąjį 25 prievadą – daugelis taip daro
    pagal numatytuosius nustatymus arba po piktnaudžiavimo. Paprašykite jį atidaryti arba siųskite ne
    tiesiogiai, o per tarpinį serverį su autentifikavimu (savo paslaugų teikėjo SMTP serverį per 587
    prievadą).
scenario-5-ptr-title = PTR įrašas atitinka
scenario-5-ptr-text =
    Ar serverio IP adresas turi PTR (atvirkštinio DNS) įrašą su serverio vardu ir ar tas vardas
    nukreiptas atgal į tą patį adresą?
scenario-5-ptr-unsure =
    Sužinokite adreso vardą, tada to vardo adresą:
      dig -x 192.0.2.10
      dig mail.example.com
scenario-5-ptr-no =
    Daugelis gaunančiųjų serverių atmeta laiškus iš adreso be atitinkamo PTR įrašo. Valdymo skydelyje
    nustatykite, kad jūsų IP adreso PTR įrašas rodytų serverio vardą, o šis – atgal į tą adresą.
scenario-5-helo-title = HELO vardas atitinka
scenario-5-helo-text =
    Ar serveris prisistato (HELO, Postfix nustatymas myhostname) visu savo vardu, tokiu pat kaip jo
    PTR įraše?
scenario-5-helo-unsure =
    Pažiūrėkite, kokį vardą naudoja pašto serveris:
      postconf myhostname
      exim -bP primary_hostname
scenario-5-helo-no =
    Nustatykite, kad serveris prisistatytų visu savo vardu, pavyzdžiui, mail.example.com, tokiu pat
    kaip PTR įraše ir nukreiptu į serverio adresą; „localhost“ ar vardą be taško daugelis gaunančiųjų
    serverių atmeta. Taip pat įjunkite TLS siunčiamiems laiškams (Postfix nustatymas
    smtp_tls_security_level = may): Gmail to reikalauja iš masinių siuntėjų.
scenario-5-blocklist-title = IP adresas juodajame sąraše
scenario-5-blocklist-text = Ar serverio IP adresas įtrauktas į viešąjį juodąjį sąrašą, pavyzdžiui, Spamhaus?
scenario-5-blocklist-unsure = Įveskite IP adresą juodojo sąrašo tvarkytojo paieškos puslapyje; kiekvienas parodo, ar adresas įtrauktas ir kodėl.
scenario-5-blocklist-yes =
    Pirmiausia raskite priežastį: nulaužtas skriptas, atviras perdavimas (open relay) ar be sutikimo
    siųsti masiniai laiškai. Ją pašalinkite, tada paprašykite išbraukti adresą pagal sąrašo tvarką.
    Adresas Spamhaus PBL sąraše nereiškia, kad iš jo siųstas šlamštas: tai adresų intervalas, iš
    kurio nereikėtų siųsti tiesiogiai, tad siųskite per tarpinį serverį su autentifikavimu.
scenario-5-queue-title = Svetimi laiškai pašto eilėje
scenario-5-queue-text = Ar pašto eilėje yra svetimų laiškų, pavyzdžiui, šlamšto iš nulaužtos pašto dėžutės ar skripto?
scenario-5-queue-unsure =
    Peržiūrėkite eilę ir pažiūrėkite, kas yra siuntėjai ir kiek yra laiškų:
      postqueue -p
      exim -bp
scenario-5-queue-yes =
    Pirmiausia sustabdykite šaltinį: pakeiskite siunčiančios pašto dėžutės slaptažodį arba išjunkite
    skriptą. Tada ištrinkite jo laiškus iš eilės (Postfix – postsuper -d, Exim – exim -Mrm), antraip
    serveris juos siųs toliau ir liks juoduosiuose sąrašuose.
scenario-5-retry-title = Bandomasis laiškas ateina
scenario-5-retry-text = Vėl išsiųskite bandomąjį laišką. Ar dabar jis ateina?
scenario-5-retry-unsure = Siųsdami stebėkite pašto žurnalą; eilutė su „status=sent“ arba „250“ reiškia, kad laiškas priimtas.
scenario-5-solved-title = Siuntimas veikia
scenario-5-solved-text = Serveris vėl pristato laiškus.
scenario-5-contact-title = Kreiptis į pagalbos tarnybą
scenario-5-contact-text = Jei serveris vis tiek negali siųsti, parašykite pagalbos tarnybai ir nurodykite:

## 6. Receiving on a virtual or dedicated server

scenario-6-mx-title = MX įrašai nukreipti į šį serverį
scenario-6-mx-text = Ar domeno MX įrašai nukreipti į šį serverį?
scenario-6-mx-unsure =
    Palyginkite atsakymą su serverio vardu ir adresu:
      dig MX example.com
scenario-6-mx-no = Domeno DNS zonoje nukreipkite MX įrašus į šį serverį; pakeitimas gali įsigalioti tik po kelių valandų.
scenario-6-log-title = Laiškas pašto žurnale
scenario-6-log-text = Ar pašto žurnale ({ $mail-log }) matyti, kad laukiamas laiškas atėjo?
scenario-6-log-unsure =
    Ieškokite žurnale siuntėjo adreso arba laiško išsiuntimo laiko. Debian ir Ubuntu sistemose
    žurnalas yra /var/log/mail.log; jei yra tik systemd žurnalas, naudokite: journalctl -u postfix
scenario-6-log-no =
    Laiškas serverio nepasiekė. Patikrinkite, ar ugniasienėje atidarytas 25 prievadas ir ar veikia
    pašto serveris, ir paklauskite siuntėjo, ar jis gavo grąžintą laišką.
scenario-6-antispam-title = Laišką sulaikė šlamšto filtras
scenario-6-antispam-text = Ar serverio šlamšto filtras atmetė laišką arba perkėlė jį į karantiną?
scenario-6-antispam-unsure = Ieškokite laiško šlamšto filtro žurnale ir karantine.
scenario-6-antispam-yes = Išleiskite laišką iš karantino ir įtraukite siuntėją į baltąjį sąrašą arba sušvelninkite taisyklę, kuri jį sulaikė.
scenario-6-retry-title = Bandomasis laiškas ateina
scenario-6-retry-text = Paprašykite atsiųsti naują bandomąjį laišką. Ar dabar jis ateina?
scenario-6-retry-unsure = Stebėkite pašto žurnalą, kol laiškas siunčiamas.
scenario-6-solved-title = Gavimas veikia
scenario-6-solved-text = Serveris vėl gauna laiškus.
scenario-6-contact-title = Kreiptis į pagalbos tarnybą
scenario-6-contact-text = Jei laiškai vis tiek neateina, parašykite pagalbos tarnybai ir nurodykite:

## 7. A message went missing

scenario-7-bounce-title = Gautas grąžintas laiškas
scenario-7-bounce-text = Ar siuntėjas gavo grąžintą laišką, t. y. pranešimą apie pristatymo klaidą?
scenario-7-bounce-unsure = Grąžintus laiškus siunčia „Mail Delivery System“ arba „MAILER-DAEMON“; paieškokite siuntėjo gautųjų ir šlamšto aplankuose.
scenario-7-code-title = Grąžinto laiško klaida
scenario-7-code-text = Įklijuokite klaidos eilutę iš grąžinto laiško, pavyzdžiui, „550 5.1.1 User unknown“.
scenario-7-address-title = Adresas parašytas teisingai
scenario-7-address-text = Ar gavėjo adresas, įskaitant domeną, parašytas visiškai teisingai?
scenario-7-address-unsure = Palyginkite jį raidė po raidės su adresu, kurį gavėjas jums parašė pats.
scenario-7-address-no = Ištaisykite adresą ir išsiųskite laišką dar kartą.
scenario-7-delayed-title = Pranešimas apie vėlavimą
scenario-7-delayed-text =
    Ar siuntėjas gavo pranešimą, kad pristatymas vėluoja ir bandoma toliau, pavyzdžiui,
    „Delayed Mail (still being retried)“ arba „This is a warning only“?
scenario-7-delayed-unsure =
    Pranešimą apie vėlavimą siunčia ta pati „Mail Delivery System“ kaip ir grąžintą laišką, bet jame
    rašoma, kad serveris bandys toliau, dažnai iki nurodytos datos.
scenario-7-delayed-yes =
    Pranešimas apie vėlavimą yra įspėjimas, o ne klaida: siunčiantysis serveris bando iki kelių dienų
    ir grąžintą laišką siunčia tik tada, kai nustoja bandyti. Pirmąjį naujo siuntėjo laišką pilkasis
    sąrašas (greylisting) gali sulaikyti nuo kelių minučių iki maždaug valandos. Kol kas nieko daryti
    nereikia.
scenario-7-spam-title = Laiškas šlamšto aplanke
scenario-7-spam-text =
    Ar laiškas yra gavėjo šlamšto aplanke? { $spam-folder ->
        [everywhere] Jei gavėjo pašto dėžutė yra pas paslaugų teikėją ({ $provider }), šlamšto aplankas matomas visose pašto programose ir žiniatinklio pašte.
       *[imap-and-webmail] Jei gavėjo pašto dėžutė yra pas paslaugų teikėją ({ $provider }), šlamšto aplankas matomas tik žiniatinklio pašte arba per IMAP, bet ne per POP3.
    }
scenario-7-spam-unsure = Žiniatinklio pašte ({ $webmail }) paieškokite laiško šlamšto aplanke pagal siuntėją ar temą.
scenario-7-spam-yes = Pažymėkite laišką „Ne šlamštas“, kad kiti šio siuntėjo laiškai patektų į aplanką „Gautieji“.
scenario-7-full-title = Gavėjo pašto dėžutė pilna
scenario-7-full-text = Ar gavėjo pašto dėžutė pilna?
scenario-7-full-unsure = Pilna pašto dėžutė atmeta naujus laiškus, o siuntėjas gauna grąžintą laišką su tokia priežastimi.
scenario-7-full-yes = Gavėjas turi ištrinti dalį laiškų arba gauti daugiau vietos; tada laišką galima išsiųsti dar kartą.
scenario-7-rules-title = Laišką sulaikė taisyklė
scenario-7-rules-text =
    Ar gavėjo pašto dėžutėje yra filtro, persiuntimo ar automatinio trynimo taisyklė arba užblokuotų
    siuntėjų sąrašo įrašas, kuris galėjo sulaikyti laišką?
scenario-7-rules-unsure = Gavėjas jas ras savo žiniatinklio pašto nustatymuose, dažnai skiltyje „Filtrai“ arba „Taisyklės“, kartu su užblokuotais siuntėjais.
scenario-7-rules-yes =
    Gavėjas turi pakeisti taisyklę arba išbraukti siuntėją iš užblokuotų siuntėjų sąrašo; perkeltas
    laiškas yra taisyklėje nurodytame aplanke. Kad galėtų atsekti laišką, pagalbos tarnybai reikia
    jo išsiuntimo laiko ir Message-ID, kuriuos rasite siuntėjo aplanke „Išsiųsti“ (laiško antraštėse)
    arba pašto žurnale.
scenario-7-mx-title = Gavėjo MX įrašai teisingi
scenario-7-mx-text = Ar gavėjo domenas turi MX įrašus, nukreiptus į tinkamus pašto serverius?
scenario-7-mx-unsure =
    Patikrinkite juos; tuščias atsakymas reiškia, kad įrašų nėra:
      dig MX example.net
scenario-7-mx-no = Be teisingų MX įrašų paštas negali būti pristatytas. Juos domeno DNS zonoje turi nustatyti tas, kas administruoja domeną.
scenario-7-solved-title = Laiškas rastas
scenario-7-solved-text = Laiškas rastas.
scenario-7-contact-title = Kreiptis į pagalbos tarnybą
scenario-7-contact-text = Jei praėjus kelioms valandoms priežasties vis tiek nepavyksta rasti, parašykite pagalbos tarnybai ir nurodykite:

## What to gather before contacting support

scenario-gather-mailbox = Pašto dėžutės adresas
scenario-gather-client = Pašto programa ir jos versija
scenario-gather-error = Tikslus klaidos pranešimo tekstas arba jo ekrano kopija
scenario-gather-browser = Naršyklė ir jos versija
scenario-gather-domain = Domenas
scenario-gather-script = Siunčiantis skriptas ir kaip jis siunčia
scenario-gather-when = Siuntimo data ir laikas, kuo tiksliau
scenario-gather-recipient = Gavėjo adresas
scenario-gather-sender = Siuntėjo adresas
scenario-gather-server-ip = Serverio vardas ir IP adresas
scenario-gather-log-lines = Pašto žurnalo eilutės apie šį laišką
scenario-gather-message-id = Laiško Message-ID iš jo antraščių aplanke „Išsiųsti“ arba eilės ID iš pašto žurnalo
scenario-gather-how-sent = Kaip laiškas išsiųstas: per paslaugų teikėjo SMTP serverį, PHP skriptu iš svetainių talpinimo plano ar kitaip

## The sending domain's SPF, DKIM and DMARC: the same step in scenarios 4, 5 and 7. Gmail and Yahoo
## (since February 2024) and Outlook.com (since May 2025) require them.

domain-spf-title = Vienas SPF įrašas su paslaugų teikėjo serveriais
domain-spf-text =
    Ar siuntėjo domenas turi lygiai vieną SPF įrašą (TXT įrašą, prasidedantį v=spf1) ir ar jame
    nurodyti serveriai, iš kurių siunčiamas paštas, o paslaugų teikėjo ({ $provider }) atveju –
    include:{ $spf-include }?
domain-spf-unsure =
    Peržiūrėkite domeno TXT įrašus ir suskaičiuokite, kiek jų prasideda v=spf1:
      dig TXT example.com
domain-spf-no =
    Paskelbkite vieną SPF įrašą, kuriame nurodytos visos domeno vardu siunčiančios paslaugos,
    pavyzdžiui, „v=spf1 include:{ $spf-include } ~all“; du SPF įrašai yra klaida, kaip ir įrašas,
    kuriam reikia daugiau nei 10 DNS užklausų (RFC 7208). Įrašą baikite ~all, o kai jame bus visi
    siuntėjai, galite naudoti -all. Persiunčiantis serveris SPF patikrą sugadina, nebent perrašo
    siuntėją (SRS); DKIM parašas persiuntimą atlaiko.
domain-dkim-title = DKIM pasirašymas įjungtas
domain-dkim-text =
    Ar domenui įjungtas DKIM pasirašymas ir ar jo viešasis raktas paskelbtas DNS su tuo selektoriumi,
    kuriuo pasirašomi laiškai?
domain-dkim-unsure =
    Selektorius – tai išsiųsto laiško antraštės DKIM-Signature reikšmė s=; patikrinkite jo raktą:
      dig TXT selector._domainkey.example.com
domain-dkim-no =
    Įjunkite domeno DKIM pasirašymą valdymo skydelyje arba serverio pasirašymo programoje ir
    paskelbkite pateiktą TXT įrašą vardu selector._domainkey. Rakto įrašas DNS turi veikti
    anksčiau, nei juo pradedami pasirašyti laiškai.
domain-dmarc-title = DMARC įrašas
domain-dmarc-text = Ar domenas turi DMARC įrašą, t. y. TXT įrašą vardu _dmarc.<domenas>?
domain-dmarc-unsure =
    Patikrinkite jį; atsakymas prasideda v=DMARC1:
      dig TXT _dmarc.example.com
domain-dmarc-no =
    Paskelbkite TXT įrašą vardu _dmarc.<domenas>, iš pradžių
    „v=DMARC1; p=none; rua=mailto:<ataskaitų adresas>“ (RFC 7489). Gmail ir Yahoo jo reikalauja iš
    masinių siuntėjų, o Outlook.com be jo jų laiškus atmeta (550 5.7.515).
domain-align-title = Siuntėjo (From) domenas suderintas
domain-align-text =
    Ar siuntėjo (From) adreso domenas sutampa su domenu, kurį patvirtina SPF ar DKIM (voko siuntėjo
    domenu arba DKIM parašo reikšme d=)?
domain-align-unsure =
    Gauto laiško kopijos antraštėse palyginkite From domeną su reikšmėmis smtp.mailfrom ir header.d
    eilutėje Authentication-Results.
domain-align-no =
    DMARC patikra pavyksta tik tada, kai From domenas sutampa su sėkmingos SPF ar DKIM patikros
    domenu. Siųskite savo domeno adresu ir pasirašykite jo DKIM raktu; skriptas ar naujienlaiškių
    paslauga turi naudoti jūsų domeną, o ne savo.
