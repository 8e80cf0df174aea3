### Kódy odpovědí, jejich třídy a kdo má jednat (čeština).

## 2xx

code-211-summary = Stav systému: server hlásí svůj stav nebo poskytuje nápovědu
code-211-causes = Poštovní klient nebo správce požádal server o informace o stavu nebo o nápovědu a toto je odpověď.
code-211-action = Není třeba nic dělat. Jde o informaci, ne o chybu.

code-214-summary = Nápověda: server zobrazuje text nápovědy
code-214-causes = Někdo požádal server o nápovědu (příkazem HELP). Text popisuje příkazy serveru nebo uvádí, kde najít další pomoc.
code-214-action = Není třeba nic dělat. Text je určen lidem, kteří server testují nebo spravují.

code-220-summary = Služba připravena: server přijal spojení
code-220-causes = Takto server zdraví poštovního klienta nebo jiný server, který se k němu připojí. Tak normálně začíná každá komunikace.
code-220-action = Není třeba nic dělat.

code-221-summary = Ukončení spojení: server řádně končí komunikaci
code-221-causes = Poštovní klient oznámil, že skončil (příkazem QUIT), a server proto spojení uzavírá. Takto normálně končí každá úspěšná relace.
code-221-action = Není třeba nic dělat.

code-235-summary = Ověření proběhlo úspěšně: server přijal přihlášení
code-235-causes = Poštovní klient se přihlásil uživatelským jménem a heslem a server je přijal.
code-235-action = Není třeba nic dělat. Přihlašovací údaje v poštovním klientovi jsou správné.

code-250-summary = OK: server provedl požadovaný krok
code-250-causes = Server provedl poslední příkaz. Přijde-li tato odpověď po odeslání samotné zprávy, server zprávu přijal a převzal její doručení.
code-250-action = Není třeba nic dělat. Pokud příjemce zprávu přesto nemůže najít, požádejte ho, aby se podíval do složky se spamem.

code-251-summary = Uživatel není místní: server zprávu přepošle jinam
code-251-causes = Schránka příjemce není na tomto serveru, ale server ví, kde je, a zprávu předá dál, například podle pravidla pro přeposílání nebo na jiný poštovní server domény.
code-251-action = Není třeba nic dělat. Zpráva je na cestě.

code-252-summary = Uživatele nelze ověřit, server se ale pokusí zprávu doručit
code-252-causes = Server nemůže potvrdit, že schránka existuje, poštu pro ni ale přijímá. Tuto odpověď dostává jen příkaz VRFY, kterým se ověřuje adresa (RFC 5321 §3.5.3): poštovní klient ji při odesílání nikdy neuvidí.
code-252-action = Není třeba nic dělat. Pokud doručení později selže, dostanete o tom nedoručenku.

## 3xx

code-334-summary = Probíhá přihlášení: server čeká na další krok přihlášení
code-334-causes = Během přihlášení server pošle krátkou zakódovanou výzvu a čeká, až poštovní klient odpoví další částí, například uživatelským jménem nebo heslem.
code-334-action = Není třeba nic dělat. Poštovní klient odpoví sám.

code-354-summary = Začátek zadávání zprávy: server je připraven přijmout její text
code-354-causes = Server už má adresu odesílatele i příjemce a teď čeká na obsah zprávy. Poštovní klient obsah ukončí řádkem, na kterém je jen tečka.
code-354-action = Není třeba nic dělat. Poštovní klient zprávu odešle sám.

## 4xx

code-420-summary = Vypršel časový limit: problém se spojením na přijímající server
code-420-causes = Na straně příjemce vypršel časový limit nebo se přerušilo spojení. Kód je vzácný a starý: příručky ho uvádějí jen u poštovních serverů GroupWise.
code-420-action = Zkuste to později znovu. Pokud se to opakuje, měl by příjemce požádat správce svého serveru GroupWise, aby věc prověřili.

code-421-summary = Služba není dostupná: server ukončuje spojení
code-421-causes = Server teď nemůže poštu zpracovat: je přetížený, restartuje se nebo probíhá údržba, případně zpomaluje odesílatele, kterému zatím nedůvěřuje. Velcí poskytovatelé (Gmail, Yahoo) posílají 421, aby přibrzdili poštu, která neprojde jejich kontrolami ověření nebo reputace, a dělají to, dokud to odesílatel neopraví.
code-421-action = Je-li kód v nedoručence nebo v logu, odesílající server to zkusí znovu sám; pokud to trvá celé hodiny, najděte v textu důvod a předejte ho poskytovateli pošty nebo správci serveru. Pokud ho zobrazil váš poštovní klient a přišel přímo ze serveru vašeho poskytovatele, podívejte se na stavovou stránku poskytovatele, zda neprobíhá údržba, a zprávu odešlete později znovu.

code-432-summary = Je nutná změna hesla, nebo přijímající server Exchange pozastavuje doručování
code-432-causes = Podle normy (432 4.7.12, RFC 4954 §6) si účet musí změnit heslo, nebo se jednou přihlásit obyčejným heslem přes šifrované spojení, než bude tato metoda přihlášení fungovat. Microsoft Exchange používá 432 4.3.2 (STOREDRV), když do schránky příjemce přichází najednou příliš mnoho zpráv; to přejde samo.
code-432-action = U 4.7.12 se jednou přihlaste do webmailu nebo běžnou metodou s heslem přes SSL/TLS, nebo si nastavte nové heslo. U 4.3.2 STOREDRV není třeba nic dělat: odesílající server to zkusí znovu.

code-449-summary = Chyba směrování na přijímajícím serveru Exchange
code-449-causes = Přijímající server nedokázal určit, kam má zprávu předat dál. Kód je vzácný a starý: příručky ho uvádějí jen u starých serverů Microsoft Exchange a WinRoute.
code-449-action = Příjemce by měl požádat správce svého serveru Exchange o kontrolu směrování pošty. Můžete to zkusit později znovu.

code-450-summary = Schránka je dočasně nedostupná: server zprávu nepřevzal
code-450-causes = Obvykle jde o dočasný stav: greylisting (první zprávu od neznámého odesílatele server na několik minut zadrží), příjemce, kterému najednou přichází příliš mnoho pošty, nebo schránka na chvíli zamčená. Server také může zdržovat poštu od odesílatelů, kterým nedůvěřuje, například bez PTR záznamu nebo s doménou, kterou nedokáže najít.
code-450-action = Obvykle nic: odesílající server to sám zkusí znovu a zpráva projde. Pokud se odpověď vrací celé hodiny, najděte v textu důvod; když uvádí IP adresu odesílatele, požádejte poskytovatele pošty nebo správce serveru, aby ji ověřili na blacklistech, jako je Spamhaus.

code-451-summary = Akce přerušena: na serveru došlo k místní chybě
code-451-causes = Server při zpracování zprávy narazil na dočasnou chybu, například kvůli přetížení, nebo proto, že nemohl dokončit některou kontrolu (třeba SPF záznamu domény odesílatele). Není to vaše chyba.
code-451-action = Zkuste to později znovu; odesílající server to udělá sám. Pokud se to opakuje, pošlete celý text poskytovateli pošty, nebo, jde-li o váš vlastní server, jeho správci.

code-452-summary = Nedostatek místa, nebo příliš mnoho zpráv či příjemců najednou
code-452-causes = Odpovídajícímu serveru dochází úložné místo (RFC 5321), schránka příjemce je plná (4.2.2), nebo jedna zpráva uvádí příliš mnoho příjemců (4.5.3). Servery tento kód používají i tehdy, když se v krátké době odešle příliš mnoho zpráv.
code-452-action =
    U 4.2.2 musí příjemce uvolnit místo. U 4.5.3 posílejte zprávu menšímu počtu příjemců najednou.
    Pokud kód přišel při odesílání přímo ze serveru poskytovatele { $provider }, dodržujte jeho limity:
    { $hourly-account-limit } { $hourly-account-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } za hodinu na schránku a { $hourly-ip-limit } za hodinu na IP adresu.

code-454-summary = Dočasná chyba přihlášení: server nemohl přihlášení dokončit
code-454-causes = Dočasná chyba na straně serveru (RFC 4954): přihlášení nešlo dokončit, TLS teď není k dispozici (RFC 3207), nebo, u Postfixu jako 454 4.7.1, je předávání pošty do této domény zatím odmítnuto (klient se nepřihlásil). Gmail k tomu píše „Too many login attempts“.
code-454-action = Počkejte několik minut a zkuste to znovu. Pokud se to opakuje, zkontrolujte přihlášení v poštovním klientovi: celá e-mailová adresa jako uživatelské jméno, aktuální heslo a zapnutá volba „Server pro odchozí poštu (SMTP) vyžaduje ověření“.

code-455-summary = Server nemůže vyhovět parametrům: zadaná nastavení nedokáže použít
code-455-causes = Přijímající server teď nedokáže zpracovat volby, které přišly spolu s adresami. Jde o dočasný problém na straně příjemce.
code-455-action = Chvíli počkejte a zkuste to znovu. Pokud se to opakuje, měl by příjemce požádat správce svého poštovního serveru, aby věc prověřili.

## 5xx

code-500-summary = Chyba syntaxe: server nerozpoznal příkaz
code-500-causes = Server dostal příkaz, kterému nerozumí. Často to způsobuje antivirus nebo firewall v počítači odesílatele, který zasahuje do poštovní komunikace.
code-500-action = Zkontrolujte antivirus a firewall, například vypněte jejich kontrolu odchozí pošty, a zkuste to znovu. Zkontrolujte také nastavení serveru odchozí pošty v poštovním klientovi.

code-501-summary = Chyba syntaxe v parametrech: část příkazu byla neplatná
code-501-causes = Část příkazu byla neplatná, nejčastěji adresa příjemce s překlepem nebo ve špatném tvaru. Příčinou může být i antivirus nebo firewall v počítači odesílatele.
code-501-action = Zkontrolujte adresu příjemce písmeno po písmenu (bez mezer, právě jeden znak @). Pokud je správně, zkontrolujte antivirus a firewall a zkuste to znovu.

code-502-summary = Příkaz není implementován: server tuto funkci nenabízí
code-502-causes = Server příkaz, který použil váš poštovní klient, zná, ale tato funkce je v konfiguraci serveru vypnutá.
code-502-action = Obraťte se na poskytovatele pošty nebo správce serveru a pošlete mu celý text chyby a název svého poštovního klienta. Poradí vám, jaká nastavení server podporuje.

code-503-summary = Chybné pořadí příkazů: server nejdřív očekával jiný krok
code-503-causes = Příkazy přišly ve špatném pořadí. Nejčastěji se poštovní klient pokusil odeslat zprávu bez přihlášení, nebo se pokusil přihlásit dřív, než zapnul šifrování (server nabízí přihlášení až po STARTTLS). „Valid RCPT command must precede DATA“ znamená, že všichni příjemci už byli odmítnuti: skutečná chyba je na řádku před ní.
code-503-action = V poštovním klientovi zapněte volbu „Server pro odchozí poštu (SMTP) vyžaduje ověření“ s celou e-mailovou adresou jako uživatelským jménem a aktuálním heslem a zvolte STARTTLS na portu 587, nebo SSL/TLS na portu 465. Pokud text zmiňuje RCPT nebo DATA, najděte dřívější chybu týkající se příjemců.

code-504-summary = Parametr příkazu není podporován: server nepřijímá metodu přihlášení nebo volbu
code-504-causes = Nejčastěji poštovní klient zvolil metodu přihlášení, kterou server nenabízí (RFC 4954), například zabezpečené ověřování hesla („Secure Password Authentication (SPA)“), NTLM nebo CRAM-MD5. Váš vlastní server také může odmítnout název v HELO, který není úplným názvem hostitele.
code-504-action = V nastavení serveru odchozí pošty v poštovním klientovi zvolte běžnou metodu s heslem přes SSL/TLS nebo STARTTLS a vypněte zabezpečené ověřování hesla (SPA). Na vlastním serveru nastavte název v HELO (v Postfixu myhostname) na úplný název hostitele.

code-521-summary = Pošta se nepřijímá: přijímající server nebere žádné e-maily
code-521-causes = Server, ke kterému jste se připojili, uvádí, že poštu nikdy nepřijímá. Doména příjemce možná nemá nastavený e-mail, její MX záznamy (určují její poštovní servery) mohou vést jinam, nebo je její server mimo provoz.
code-521-action = Zkontrolujte, zda je adresa příjemce, hlavně část za @, napsaná správně. Pokud ano, kontaktujte příjemce jinou cestou: nastavení pošty musí opravit správci jeho domény.

code-530-summary = Vyžaduje se ověření: před odesláním se musíte přihlásit
code-530-causes = Server odesílá poštu jen přihlášeným uživatelům a poštovní klient se nepřihlásil. Často je přihlášení v nastavení vypnuté nebo je třeba aktualizovat uložené heslo.
code-530-action = Zkontrolujte přihlášení v poštovním klientovi: celá e-mailová adresa jako uživatelské jméno, aktuální heslo a zapnutá volba „Server pro odchozí poštu (SMTP) vyžaduje ověření“. Pak to zkuste znovu.

code-534-summary = Způsob ověření je pro tento server příliš slabý
code-534-causes = Poštovní klient se pokusil přihlásit metodou, kterou server považuje za příliš slabou, například takovou, při které se heslo posílá nešifrovaným spojením.
code-534-action = V poštovním klientovi zapněte pro server odchozí pošty šifrované spojení (SSL/TLS), nebo zvolte jinou metodu ověření. Uživatelským jménem zůstává celá e-mailová adresa, heslo zadejte aktuální.

code-535-summary = Ověření selhalo: uživatelské jméno nebo heslo nebylo přijato
code-535-causes = Server odmítl přihlašovací údaje. Obvykle je heslo chybné nebo zastaralé, nebo uživatelské jméno není celá e-mailová adresa.
code-535-action = Zkontrolujte přihlášení v poštovním klientovi: celá e-mailová adresa jako uživatelské jméno, aktuální heslo a zapnutá volba „Server pro odchozí poštu (SMTP) vyžaduje ověření“. Pak to zkuste znovu.

code-538-summary = Vyžaduje se šifrování: přihlásit se lze jen přes šifrované spojení
code-538-causes = Server zvolenou metodu přihlášení povoluje jen přes šifrované spojení, ale poštovní klient se připojil bez šifrování.
code-538-action = V nastavení serveru odchozí pošty v poštovním klientovi zapněte šifrování (SSL/TLS) a použijte port, který je k tomu určený. Pak to zkuste znovu.

code-550-summary = Schránka není dostupná: server odmítl doručit zprávu na tuto adresu
code-550-causes = Nejčastěji adresa neexistuje nebo obsahuje překlep. Server může zprávu odmítnout i kvůli svým zásadám, například ochraně proti spamu, nebo proto, že má server příjemce potíže s firewallem či se spojením.
code-550-action = Zkontrolujte adresu příjemce, opravte případný překlep a zprávu odešlete znovu. Pokud je správně, zeptejte se příjemce jinou cestou, zda adresa stále funguje a zda jeho server vaši poštu neblokuje.

code-551-summary = Uživatel není místní: server zprávu dál nepředá
code-551-causes = Schránka příjemce není na tomto serveru a server kvůli ochraně proti spamu nepředává poštu na jiné servery. Odpověď může navrhnout jinou adresu.
code-551-action = Zkontrolujte adresu příjemce. Pokud odpověď uvádí jinou adresu, pošlete zprávu na ni; jinak se obraťte na svého poskytovatele a pošlete mu celý text chyby.

code-552-summary = Překročen limit úložiště nebo velikosti: schránka je plná nebo zpráva příliš velká
code-552-causes = Schránka příjemce vyčerpala svůj úložný prostor, nebo je zpráva větší, než přijímající server povoluje (5.3.4). Někteří poskytovatelé používají 552 i pro odmítnutou přílohu nebo obsah (Gmail 5.7.0) nebo pro spam (5.2.0).
code-552-action = Přečtěte si rozšířený kód a text odpovědi: u 5.2.2 požádejte příjemce jinou cestou, aby uvolnil místo ve schránce; u 5.3.4 pošlete menší přílohy, nebo místo nich odkaz; když server odmítl obsah, odstraňte přílohu, kterou uvádí.

code-553-summary = Název schránky není povolen: adresa je neplatná
code-553-causes = Server adresu odmítá, protože je neplatná, nejčastěji kvůli překlepu nebo špatnému tvaru.
code-553-action = Hledejte v adrese příjemce i ve své adrese odesílatele překlepy, mezery navíc nebo chybějící části. Adresu opravte a zprávu pošlete znovu.

code-554-summary = Transakce selhala: server zprávu odmítl
code-554-causes = Přijímající server zprávu trvale odmítl. Nejčastěji je IP adresa odesílajícího serveru na blacklistu, nebo nebyla povolena adresa odesílatele či příjemce. Přijde-li tento kód hned po připojení, znamená to, že server poštovní službu neposkytuje.
code-554-action = Požádejte poskytovatele pošty nebo správce serveru, aby ověřili, zda IP adresa odesílajícího serveru není na blacklistu, jako je Spamhaus. Dbejte, aby zpráva nevypadala jako spam a aby adresa příjemce byla správná.

code-555-summary = Parametry příkazu MAIL FROM nebo RCPT TO nebyly rozpoznány nebo nejsou podporovány
code-555-causes = Server nepodporuje volbu, kterou poštovní klient přidal k adrese odesílatele nebo příjemce, například SIZE=, BODY=8BITMIME, SMTPUTF8 nebo NOTIFY= (RFC 5321). Příručka poskytovatele { $provider } jako příčinu uvádí i překročení jeho limitů odesílání.
code-555-action =
    Zkontrolujte adresy v polích Od a Komu a rozšířené možnosti odesílání v poštovním klientovi.
    Dodržujte také limity odesílání poskytovatele { $provider }:
    { $hourly-account-limit } { $hourly-account-limit ->
        [one] zpráva
        [few] zprávy
        [many] zprávy
       *[other] zpráv
    } za hodinu na schránku a { $hourly-ip-limit } za hodinu na IP adresu.

code-556-summary = Doména nepřijímá poštu: doména příjemce nebere žádné e-maily
code-556-causes = Doména příjemce oznámila, že nepřijímá vůbec žádnou poštu (takzvaným nulovým MX záznamem), takže na ni žádný server nic nedoručí.
code-556-action = Zkontrolujte, zda v části adresy za @ není překlep. Pokud je správně, kontaktujte příjemce jinou cestou; změnit to mohou jen správci domény.

## Třídy (první číslice)

class-positive = Úspěch
class-intermediate = Čeká na pokračování
class-transient = Dočasná chyba
class-permanent = Trvalá chyba

class-positive-retry = Hotovo: krok proběhl úspěšně, není co opakovat.
class-intermediate-retry = Ještě nedokončeno: server čeká na další část komunikace.
class-transient-retry = Jde o dočasný stav: je-li kód v nedoručence nebo v poštovním logu, odesílající server to zkusí znovu sám; pokud ho zobrazil váš poštovní klient, pošlete zprávu později znovu.
class-transient-final = Dočasná chyba jen formálně: server uvádí, že opakované pokusy neuspějí, dokud se neodstraní příčina.
class-permanent-retry = Jde o trvalou chybu: opětovné odeslání stejné zprávy selže stejně, dokud se neodstraní příčina.

class-positive-action = Není třeba nic dělat: server provedl, oč byl požádán.
class-intermediate-action = Není třeba nic dělat: jde o běžný krok a poštovní klient pokračuje sám.
class-transient-action = Chvíli počkejte a zkuste to znovu. Pokud se stejný kód stále vrací, pošlete celý text chyby svému poskytovateli pošty.
class-permanent-action = Přečtěte si text, který přišel s kódem, a opravte, na co upozorňuje, často adresu nebo nastavení poštovního klienta. Pokud není jasný, pošlete celý text chyby svému poskytovateli pošty.

## Oblasti (druhá číslice)

class-category-0 = syntaxe příkazu
class-category-1 = informace nebo nápověda
class-category-2 = spojení
class-category-3 = blíže neurčeno (norma tuto číslici nepoužívá)
class-category-5 = poštovní systém, například stav schránky

## Kdo má jednat

code-who-sender = Vy, odesílatel
code-who-sender-provider = Váš poskytovatel pošty nebo správce serveru
code-who-recipient-side = Příjemce nebo správci jeho poštovního serveru
code-who-nobody = Nikdo: není třeba nic dělat

## Kódy, které v katalogu chybí

code-unknown-summary = Kód { $code } v katalogu není. Podle číslic jde o odpověď typu „{ $class }“; oblast: { $category }.
