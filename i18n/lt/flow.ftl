### Vedlio pirminė patikra ir septyni scenarijai (lietuvių kalba).
### Paslaugų teikėjo duomenys gaunami kaip kintamieji iš profilio: $provider, $daily-limit,
### $hourly-account-limit, $hourly-ip-limit, $status-page, $webmail, $control-panel, $smtp-server,
### $imap-server, $pop3-server, $mail-log, $php-sending, $spam-folder.

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
    Atidarykite žiniatinklio paštą ({ $webmail }), išsiųskite laišką savo adresu ir palaukite,
    kol jis ateis. Ar pavyko ir išsiųsti, ir gauti?
check-webmail-unsure =
    Laiškas sau žiniatinklio pašte patikrina abi kryptis iš karto. Jei visai negalite prisijungti,
    atsakykite „ne“.
check-webmail-yes =
    Pašto dėžutė ir paslaugų teikėjo serveriai veikia. Greičiausiai kalti pašto programos nustatymai,
    tad palyginkite juos su scenarijumi, atitinkančiu jūsų problemą.
check-login-title = Prisijungimas
check-login-text = Ar galite prisijungti prie žiniatinklio pašto savo slaptažodžiu, prisijungimo vardu nurodę visą el. pašto adresą?
check-login-unsure =
    Prisijungimo vardas yra visas adresas, pavyzdžiui, anna@example.com, o ne tik „anna“. Pabandykite
    taip prisijungti prie žiniatinklio pašto.
check-login-no =
    Įveskite visą adresą, įskaitant dalį po @. Jei vis tiek nepavyksta, valdymo skydelyje
    ({ $control-panel }) nustatykite naują pašto dėžutės slaptažodį ir naudokite jį žiniatinklio
    pašte bei visose pašto programose.
check-maintenance-title = Priežiūros darbai
check-maintenance-text =
    Ar būsenos puslapyje ({ $status-page }) nėra paskelbta priežiūros darbų ar sutrikimų, susijusių
    su jūsų paslauga?
check-maintenance-unsure =
    Atidarykite būsenos puslapį ir tarp vykdomų bei suplanuotų darbų paieškokite savo paslaugos ar
    serverio pavadinimo.
check-maintenance-no =
    Vykdomi darbai gali sulėtinti ar sutrikdyti paštą. Palaukite, kol jie bus pažymėti kaip baigti, ir
    bandykite dar kartą; darbų metu sulaikyti laiškai paprastai pristatomi vėliau.
check-mx-title = MX įrašai
check-mx-text = Ar domeno MX įrašai nukreipti į { $provider } pašto serverius?
check-mx-unsure =
    Patikrinkite domeno MX įrašus, pavyzdžiui, komanda „dig MX example.com“ arba
    „nslookup -type=mx example.com“, ir palyginkite juos su valdymo skydelyje rekomenduojamais.
check-mx-no =
    Domeno paštas keliauja ten, kur nurodo MX įrašai. Ištaisykite juos domeno DNS zonoje; pakeitimas
    gali įsigalioti tik po kelių valandų.

## Scenario names

scenario-1-name = Siuntimas iš pašto programos (SMTP)
scenario-2-name = Gavimas pašto programoje (POP3 arba IMAP)
scenario-3-name = Žiniatinklio paštas: prisijungimas, siuntimas ar gavimas
scenario-4-name = Siuntimas iš PHP svetainių talpinimo plane
scenario-5-name = Siuntimas iš virtualaus ar dedikuotojo serverio
scenario-6-name = Gavimas virtualiame ar dedikuotajame serveryje
scenario-7-name = Dingo laiškas

## 1. Sending from a mail program

scenario-1-left-title = Išsiųstas, bet negautas?
scenario-1-left-text =
    Ar pašto programa išsiuntė laišką be jokios klaidos (jis yra aplanke „Išsiųsti“), bet gavėjas jo
    taip ir negavo?
scenario-1-left-unsure =
    Pažiūrėkite aplankuose „Išsiųsti“ ir „Siunčiamieji“. Laiškas aplanke „Išsiųsti“ jau paliko
    programą, o įstrigęs aplanke „Siunčiamieji“ – dar ne.
scenario-1-error-title = Rodoma klaida
scenario-1-error-text = Ar siunčiant pašto programa rodo klaidos pranešimą?
scenario-1-error-unsure = Išsiųskite sau trumpą bandomąjį laišką ir stebėkite, ar neatsiras langas ar pranešimas su klaida.
scenario-1-code-title = Klaida
scenario-1-code-text = Įveskite kodą arba įklijuokite klaidos tekstą, kurį parodė pašto programa.
scenario-1-config-title = Siuntimo serveris
scenario-1-config-text =
    Paskyros nustatymuose patikrinkite siunčiamų laiškų serverį: serveris { $smtp-server }, prievadas
    587 su STARTTLS arba prievadas 465 su SSL/TLS. Ar juos pataisius siuntimas veikia?
scenario-1-config-unsure =
    Siunčiamų laiškų (SMTP) serveris nurodomas programos paskyros nustatymuose, dažnai skiltyje
    „Serverio nustatymai“ arba „Siunčiamų laiškų serveris“.
scenario-1-auth-title = SMTP autentifikavimas
scenario-1-auth-text =
    Įjunkite „Mano siunčiamų laiškų serveriui (SMTP) reikalingas autentifikavimas“; naudotojo vardas –
    visas el. pašto adresas, slaptažodis – tas pats kaip žiniatinklio pašte. Ar dabar siuntimas veikia?
scenario-1-auth-unsure =
    Jei šiuo adresu ir slaptažodžiu galite prisijungti prie žiniatinklio pašto ({ $webmail }), jie
    tinka ir pašto programai.
scenario-1-limit-title = Siuntimo limitai
scenario-1-limit-text =
    Ar neviršijote limitų: { $hourly-account-limit } { $hourly-account-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per valandą iš vienos pašto dėžutės ir { $hourly-ip-limit } per valandą iš vieno IP adreso
    (skriptams svetainių talpinimo plane – { $daily-limit } per dieną)?
scenario-1-limit-unsure =
    Suskaičiuokite, kiek laiškų išsiųsta per paskutinę valandą, įskaitant naujienlaiškius ir laiškus
    daugeliui gavėjų iš karto: skaičiuojamas kiekvienas gavėjas.
scenario-1-limit-no =
    Viršijus limitą, serveris kurį laiką atmeta kitus laiškus. Prieš siųsdami vėl palaukite valandą, o
    didelius siuntimus paskirstykite laike arba naudokite tam skirtą paslaugą.
scenario-1-solved-title = Siuntimas veikia
scenario-1-solved-text = Siuntimas vėl veikia. Tokius pat nustatymus naudokite visose programose, kuriose naudojama ši pašto dėžutė.
scenario-1-contact-title = Kreiptis į pagalbą
scenario-1-contact-text = Jei siųsti vis tiek nepavyksta, parašykite pagalbos tarnybai ir nurodykite:

## 2. Receiving in a mail program

scenario-2-left-title = Prisijungia, bet laiškai neateina?
scenario-2-left-text =
    Ar pašto programa prisijungia prie serverio be jokios klaidos, bet laukiami laiškai taip ir
    nepasirodo?
scenario-2-left-unsure =
    Spustelėkite „Siųsti/gauti“ arba „Gauti laiškus“. Jei klaida nepasirodo ir programa rodo, kad
    viskas atnaujinta, vadinasi, ji prisijungia.
scenario-2-config-title = Gavimo serveris
scenario-2-config-text =
    Patikrinkite gaunamų laiškų serverį: IMAP { $imap-server }, prievadas 993 su SSL/TLS, arba POP3
    { $pop3-server }, prievadas 995 su SSL/TLS; naudotojo vardas – visas el. pašto adresas. Ar juos
    pataisius gavimas veikia?
scenario-2-config-unsure = IMAP laiškus laiko serveryje ir rodo aplankus; POP3 atsisiunčia tik gautųjų laiškų aplanką.
scenario-2-password-title = Slaptažodis
scenario-2-password-text = Ar galite prisijungti prie žiniatinklio pašto ({ $webmail }) tuo pačiu adresu ir slaptažodžiu, kuriuos naudoja programa?
scenario-2-password-unsure = Nukopijuokite slaptažodį iš programos nustatymų į žiniatinklio pašto prisijungimo puslapį ir pabandykite.
scenario-2-password-yes =
    Slaptažodis teisingas, tad greičiausiai kalti programos nustatymai arba kažkas tarp programos ir
    serverio, pavyzdžiui, ugniasienė ar paštą tikrinanti antivirusinė programa.
scenario-2-password-no =
    Valdymo skydelyje ({ $control-panel }) nustatykite naują slaptažodį ir įveskite jį žiniatinklio
    pašte bei pašto programoje.
scenario-2-solved-title = Gavimas veikia
scenario-2-solved-text = Gavimas vėl veikia. Tokius pat nustatymus naudokite visose programose, kuriose naudojama ši pašto dėžutė.
scenario-2-contact-title = Kreiptis į pagalbą
scenario-2-contact-text = Jei gauti vis tiek nepavyksta, parašykite pagalbos tarnybai ir nurodykite:

## 3. Webmail

scenario-3-what-title = Žiniatinklio paštas
scenario-3-what-text = Kas neveikia žiniatinklio pašte?
scenario-3-what-login = Negaliu prisijungti
scenario-3-what-missing = Trūksta laiško arba jis nepasiekė gavėjo
scenario-3-what-error = Siunčiant rodoma klaida
scenario-3-login-title = Visas adresas
scenario-3-login-text = Ar pavyksta prisijungti, kai prisijungimo vardu įvedate visą adresą, įskaitant dalį po @?
scenario-3-login-unsure = Prisijungimo vardas visada yra visas adresas, pavyzdžiui, anna@example.com.
scenario-3-password-title = Naujas slaptažodis
scenario-3-password-text = Ar pavyksta prisijungti, kai valdymo skydelyje ({ $control-panel }) nustatote naują pašto dėžutės slaptažodį?
scenario-3-password-unsure = Naujas slaptažodis pradeda veikti praėjus minutei ar dviem po išsaugojimo.
scenario-3-code-title = Klaida
scenario-3-code-text = Įveskite kodą arba įklijuokite klaidos tekstą, kurį parodė žiniatinklio paštas.
scenario-3-solved-title = Žiniatinklio paštas veikia
scenario-3-solved-text = Žiniatinklio paštas vėl veikia.
scenario-3-contact-title = Kreiptis į pagalbą
scenario-3-contact-text = Jei žiniatinklio paštas vis tiek neveikia, parašykite pagalbos tarnybai ir nurodykite:

## 4. PHP on web hosting

scenario-4-function-title = PHP mail()
scenario-4-function-text = Ar skriptas siunčia laiškus integruota PHP funkcija mail()?
scenario-4-function-unsure =
    Pažiūrėkite skripte ar jo nustatymuose: pašto biblioteka, kuriai nurodyta „SMTP“, serveris ir
    prievadas 25, jungiasi tiesiogiai, o ne kviečia mail().
scenario-4-function-no =
    { $php-sending ->
        [smtp-allowed] Šio plano skriptai gali naudoti mail() arba SMTP ryšį su pašto dėžutės prisijungimo vardu ir slaptažodžiu; patikrinkite, ar užpildyti visi skripto SMTP nustatymai.
       *[mail-function-only] Šiame talpinimo plane skriptai gali siųsti tik per mail(); tiesioginis SMTP ryšys su 25 prievadu blokuojamas. Perjunkite skriptą ar jo biblioteką į mail().
    }
scenario-4-limit-title = Dienos limitas
scenario-4-limit-text =
    Ar talpinimo planas neviršijo dienos limito ({ $daily-limit } { $daily-limit ->
        [one] laiškas
        [few] laiškai
        [many] laiško
       *[other] laiškų
    } per dieną)? Valdymo skydelyje matyti, kiek jo išnaudota.
scenario-4-limit-unsure = Valdymo skydelyje ({ $control-panel }) atidarykite talpinimo plano informaciją ir pažiūrėkite jo būseną.
scenario-4-limit-no =
    Pasiekus dienos limitą, kiti laiškai iki kitos dienos nebesiunčiami. Siųskite mažiau, pavyzdžiui,
    grupuodami pranešimus, o masiniams laiškams naudokite masinio siuntimo paslaugą.
scenario-4-arrive-title = Išsiųstas, bet negautas?
scenario-4-arrive-text = Ar mail() praneša apie sėkmę, bet laiškas taip ir nepasiekia gavėjo?
scenario-4-arrive-unsure = Funkcija mail() grąžina true, kai perduoda laišką; įrašykite šią reikšmę į skripto žurnalą.
scenario-4-contact-title = Kreiptis į pagalbą
scenario-4-contact-text = Jei skriptas vis tiek negali siųsti, parašykite pagalbos tarnybai ir nurodykite:

## 5. Sending from a virtual or dedicated server

scenario-5-log-title = Pašto žurnalas
scenario-5-log-text = Ar pašto žurnale ({ $mail-log }) matyti, kad laiškas atmestas su atsakymo kodu?
scenario-5-log-unsure = Ieškokite žurnale gavėjo adreso, pavyzdžiui: grep 'recipient@example.com' { $mail-log }
scenario-5-code-title = Atmetimas
scenario-5-code-text = Įklijuokite žurnalo eilutę su kodu ir gaunančiojo serverio pranešimu.
scenario-5-ptr-title = Atvirkštinis DNS (PTR)
scenario-5-ptr-text =
    Ar serverio IP adresas turi PTR (atvirkštinio DNS) įrašą su serverio vardu ir ar tas vardas
    nukreiptas atgal į tą patį adresą?
scenario-5-ptr-unsure = Patikrinkite komanda „dig -x <IP adresas>“, tada „dig <gautas vardas>“.
scenario-5-ptr-no =
    Daugelis gaunančiųjų serverių atmeta laiškus iš adreso be atitinkamo PTR įrašo. Valdymo skydelyje
    nustatykite, kad jūsų IP adreso PTR įrašas rodytų serverio vardą, o šis – atgal į tą adresą.
scenario-5-blocklist-title = Juodieji sąrašai
scenario-5-blocklist-text = Ar serverio IP adreso nėra viešuose juoduosiuose sąrašuose, pvz., Spamhaus?
scenario-5-blocklist-unsure = Įveskite IP adresą juodojo sąrašo tvarkytojo paieškos puslapyje; kiekvienas parodo, ar adresas įtrauktas ir kodėl.
scenario-5-blocklist-no =
    Pirmiausia raskite priežastį: nulaužtas skriptas, atviras perdavimas (open relay) ar be sutikimo
    siųsti masiniai laiškai. Ją pašalinkite, tada paprašykite išbraukti adresą pagal sąrašo tvarką.
scenario-5-retry-title = Pakartoti
scenario-5-retry-text = Vėl išsiųskite bandomąjį laišką. Ar dabar jis ateina?
scenario-5-retry-unsure = Siųsdami stebėkite pašto žurnalą; eilutė su „status=sent“ arba „250“ reiškia, kad laiškas priimtas.
scenario-5-solved-title = Siuntimas veikia
scenario-5-solved-text = Serveris vėl pristato laiškus.
scenario-5-contact-title = Kreiptis į pagalbą
scenario-5-contact-text = Jei serveris vis tiek negali siųsti, parašykite pagalbos tarnybai ir nurodykite:

## 6. Receiving on a virtual or dedicated server

scenario-6-mx-title = MX įrašai
scenario-6-mx-text = Ar domeno MX įrašai nukreipti į šį serverį?
scenario-6-mx-unsure = Palyginkite komandos „dig MX <jūsų domenas>“ rezultatą su serverio vardu ir adresu.
scenario-6-mx-no = Domeno DNS zonoje nukreipkite MX įrašus į šį serverį; pakeitimas gali įsigalioti tik po kelių valandų.
scenario-6-log-title = Pašto žurnalas
scenario-6-log-text = Ar pašto žurnale ({ $mail-log }) matyti, kad laukiamas laiškas atėjo?
scenario-6-log-unsure = Ieškokite žurnale siuntėjo adreso arba laiško išsiuntimo laiko.
scenario-6-log-no =
    Laiškas serverio nepasiekė. Patikrinkite, ar ugniasienėje atidarytas 25 prievadas ir ar veikia
    pašto serveris, ir paklauskite siuntėjo, ar jam negrįžo pranešimas apie nepristatytą laišką.
scenario-6-antispam-title = Šlamšto filtras
scenario-6-antispam-text = Ar serverio šlamšto filtras praleido laišką – jo neatmetė ir neperkėlė į karantiną?
scenario-6-antispam-unsure = Ieškokite laiško šlamšto filtro žurnale ir karantine.
scenario-6-antispam-no = Išleiskite laišką iš karantino ir įtraukite siuntėją į baltąjį sąrašą arba sušvelninkite taisyklę, kuri jį sulaikė.
scenario-6-retry-title = Pakartoti
scenario-6-retry-text = Paprašykite atsiųsti naują bandomąjį laišką. Ar dabar jis ateina?
scenario-6-retry-unsure = Stebėkite pašto žurnalą, kol laiškas siunčiamas.
scenario-6-solved-title = Gavimas veikia
scenario-6-solved-text = Serveris vėl gauna laiškus.
scenario-6-contact-title = Kreiptis į pagalbą
scenario-6-contact-text = Jei laiškai vis tiek neateina, parašykite pagalbos tarnybai ir nurodykite:

## 7. A message went missing

scenario-7-bounce-title = Grąžintas laiškas
scenario-7-bounce-text = Ar siuntėjas gavo atgal pranešimą, kad laiško pristatyti nepavyko (grąžintą laišką)?
scenario-7-bounce-unsure = Tokius pranešimus siunčia „Mail Delivery System“ arba „MAILER-DAEMON“; paieškokite siuntėjo gautųjų ir šlamšto aplankuose.
scenario-7-code-title = Grąžinimo kodas
scenario-7-code-text = Įklijuokite klaidos eilutę iš grąžinto laiško, pavyzdžiui, „550 5.1.1 User unknown“.
scenario-7-address-title = Gavėjo adresas
scenario-7-address-text = Ar gavėjo adresas, įskaitant domeną, parašytas visiškai teisingai?
scenario-7-address-unsure = Palyginkite jį raidė po raidės su adresu, kurį gavėjas jums parašė pats.
scenario-7-address-no = Ištaisykite adresą ir išsiųskite laišką dar kartą.
scenario-7-spam-title = Šlamšto aplankas
scenario-7-spam-text =
    Ar laiškas yra gavėjo šlamšto aplanke? { $spam-folder ->
        [everywhere] Šį aplanką matyti visose pašto programose ir žiniatinklio pašte.
       *[imap-and-webmail] Šį aplanką matyti tik žiniatinklio pašte arba per IMAP, bet ne per POP3.
    }
scenario-7-spam-unsure = Žiniatinklio pašte ({ $webmail }) paieškokite šlamšto aplanke pagal siuntėją ar temą.
scenario-7-spam-yes = Pažymėkite laišką kaip ne šlamštą, kad kiti šio siuntėjo laiškai patektų į gautuosius.
scenario-7-full-title = Pilna pašto dėžutė
scenario-7-full-text = Ar gavėjo pašto dėžutė pilna?
scenario-7-full-unsure = Pilna pašto dėžutė atmeta naujus laiškus, o siuntėjas gauna grąžintą laišką su tokia priežastimi.
scenario-7-full-yes = Gavėjas turi ištrinti dalį laiškų arba gauti daugiau vietos; tada laišką galima išsiųsti dar kartą.
scenario-7-mx-title = Gavėjo MX įrašai
scenario-7-mx-text = Ar gavėjo domenas turi MX įrašus, nukreiptus į tinkamus pašto serverius?
scenario-7-mx-unsure = Patikrinkite komanda „dig MX <gavėjo domenas>“; tuščias atsakymas reiškia, kad įrašų nėra.
scenario-7-mx-no = Be teisingų MX įrašų paštas negali būti pristatytas. Juos domeno DNS zonoje turi nustatyti tas, kas administruoja domeną.
scenario-7-solved-title = Laiškas rastas
scenario-7-solved-text = Laiškas rastas.
scenario-7-contact-title = Kreiptis į pagalbą
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
scenario-gather-how-sent = Kaip laiškas išsiųstas: per paslaugų teikėjo SMTP serverį, iš PHP svetainių talpinimo plane ar kitaip
