### Well-known rejection texts (Polish).
### Jedno podsumowanie (w jednym wierszu) i jedno działanie dla każdego wzorca z assets/patterns.toml, w tej samej kolejności.

## Yahoo i AOL

code-pattern-yahoo-unauthenticated-summary = Yahoo: wiadomość nie przeszła weryfikacji SPF ani DKIM domeny nadawcy
code-pattern-yahoo-unauthenticated-action = Yahoo przyjmuje pocztę tylko wtedy, gdy domena nadawcy przechodzi weryfikację SPF lub DKIM. Administrator tej domeny musi dopisać serwer wysyłający do jej rekordu SPF i włączyć podpisywanie DKIM. Z programu pocztowego wysyłaj przez serwer poczty wychodzącej swojego dostawcy.

code-pattern-yahoo-permanently-deferred-summary = Yahoo: poczta z tego serwera jest odrzucana i ponowne próby nie pomogą
code-pattern-yahoo-permanently-deferred-action = Yahoo przestało przyjmować pocztę z adresu IP serwera wysyłającego z powodu skarg, liczby wiadomości typowej dla spamu lub złej reputacji. Ponowna wysyłka nic nie zmieni. Administrator serwera wysyłającego musi znaleźć i usunąć przyczynę, np. zhakowane konto lub skrypt albo niechciane masowe wysyłki, a potem poprosić Yahoo o ponowną ocenę przez formularz pomocy w Sender Hub.

code-pattern-yahoo-deferred-summary = Yahoo: poczta z tego serwera jest opóźniana z powodu dużej liczby wiadomości lub skarg
code-pattern-yahoo-deferred-action = Yahoo wstrzymuje pocztę z tego adresu IP z powodu nagłego wzrostu liczby wiadomości lub zgłoszeń spamu. Serwer wysyłający sam ponowi próbę. Wysyłaj mniejsze partie, tylko do osób, które się na to zgodziły, i sprawdź, czy serwer nie jest wykorzystywany do nadużyć. Jeśli opóźnienie trwa dłużej niż dwa dni, administrator serwera prosi Yahoo o ponowną ocenę przez Sender Hub.

code-pattern-yahoo-unresolvable-domain-summary = Yahoo: domeny z adresu nadawcy nie da się znaleźć w DNS
code-pattern-yahoo-unresolvable-domain-action = Yahoo sprawdza w DNS domenę z adresu nadawcy i nie dostało odpowiedzi. Sprawdź, czy domena jest zarejestrowana i nie wygasła oraz czy jej serwery DNS odpowiadają, np. poleceniem „dig SOA example.com”. Subdomena używana w adresach nadawców musi mieć własne rekordy DNS, w tym SOA.

code-pattern-yahoo-content-summary = Yahoo: wiadomość odrzucono z powodu jej treści
code-pattern-yahoo-content-action = Yahoo odrzuciło samą treść, najczęściej link lub załącznik, który uznało za phishing lub złośliwe oprogramowanie. Usuń lub zamień wątpliwe linki i załączniki, a potem wyślij wiadomość ponownie. Jeśli takie wiadomości wychodzą z serwera bez Twojej wiedzy, jego administrator musi sprawdzić, czy kolejka poczty wychodzącej nie jest wykorzystywana do nadużyć.

code-pattern-yahoo-policy-summary = Yahoo: wiadomość została odrzucona ze względu na zasady serwera
code-pattern-yahoo-policy-action = Yahoo odrzuciło wiadomość najczęściej dlatego, że domena nadawcy nie przeszła weryfikacji SPF, DKIM lub DMARC, albo dlatego, że treść wyglądała na spam. Administrator domeny powinien sprawdzić te rekordy DNS; potem wyślij wiadomość ponownie.

## Gmail (Google)

code-pattern-gmail-ptr-summary = Gmail: adres IP serwera wysyłającego nie ma pasującego rekordu PTR
code-pattern-gmail-ptr-action = Gmail odrzuca lub spowalnia pocztę z adresów IP bez odwrotnego DNS, także z adresów IPv6. Administrator serwera wysyłającego musi ustawić dla jego adresu IP rekord PTR z nazwą serwera, a ta nazwa musi wskazywać z powrotem na ten sam adres.

code-pattern-gmail-spf-suspicious-summary = Gmail: rekord SPF domeny nadawcy zawiera podejrzane wpisy
code-pattern-gmail-spf-suspicious-action = Gmail nie ufa rekordowi SPF domeny, np. dlatego, że dopuszcza on o wiele za dużo adresów (jak „+all” albo ogromny zakres adresów) lub ma błędne wpisy. Osoba, która zarządza DNS domeny, powinna utrzymywać jeden krótki rekord SPF, wymieniający tylko usługi, które naprawdę wysyłają pocztę w imieniu domeny, np. „v=spf1 include:{ $spf-include } ~all”.

code-pattern-gmail-spf-hardfail-summary = Gmail: serwera nie ma w ścisłym (-all) rekordzie SPF domeny
code-pattern-gmail-spf-hardfail-action = Domena nadawcy deklaruje zapisem „-all”, że w jej imieniu mogą wysyłać tylko serwery z jej rekordu SPF, a tego serwera wśród nich nie ma. Osoba, która zarządza DNS domeny, musi dopisać serwer wysyłający do rekordu albo wiadomość musi przejść przez serwer, który jest w nim wymieniony. Z tego samego powodu odrzucana jest poczta przekierowana przez serwer bez SRS.

code-pattern-gmail-spf-summary = Gmail: rekord SPF domeny nie zezwala na wysyłkę z tego serwera
code-pattern-gmail-spf-action = Rekord SPF domeny, czyli wpis DNS z listą serwerów, które mogą wysyłać w jej imieniu, nie obejmuje serwera, który wysłał tę wiadomość. Dopisz ten serwer do rekordu (dla poczty wysyłanej przez { $provider }: include:{ $spf-include }) albo wysyłaj przez serwer, który już na nim jest.

code-pattern-gmail-dkim-summary = Gmail: wiadomość nie ma prawidłowego podpisu DKIM
code-pattern-gmail-dkim-action = Gmail wymaga od nadawców masowych poprawnego podpisu DKIM. Administrator serwera wysyłającego musi podpisywać wychodzącą pocztę kluczem DKIM domeny nadawcy i opublikować ten klucz w DNS domeny pod selektorem, którym podpisywane są wiadomości.

code-pattern-gmail-tls-summary = Gmail: wiadomość nie została wysłana połączeniem szyfrowanym (TLS)
code-pattern-gmail-tls-action = Gmail ogranicza lub odrzuca pocztę, która przychodzi bez TLS. Administrator serwera wysyłającego musi włączyć TLS (STARTTLS) dla połączeń wychodzących, w Postfiksie ustawieniem smtp_tls_security_level = may; gdy to zadziała, wiadomość zostanie wysłana ponownie automatycznie.

code-pattern-gmail-tls-required-rcpt-summary = Gmail: domena odbiorcy przyjmuje pocztę tylko przez TLS
code-pattern-gmail-tls-required-rcpt-action = Google Workspace odbiorcy przyjmuje pocztę dla jego domeny tylko przez połączenie szyfrowane, a serwer wysyłający go nie użył. To ustawienie serwera wysyłającego, a nie programu pocztowego: jego administrator musi włączyć TLS dla poczty wychodzącej (w Postfiksie smtp_tls_security_level = may).

code-pattern-gmail-dmarc-dns-summary = Gmail: przez błędy DNS nie dało się sprawdzić domeny nadawcy
code-pattern-gmail-dmarc-dns-action = Gmail nie mógł odczytać rekordów SPF, DKIM ani DMARC domeny nadawcy, bo jej serwery DNS nie odpowiadały. Serwer wysyłający sam ponowi próbę. Jeśli to się powtarza, administrator domeny musi sprawdzić, czy odpowiadają wszystkie jej serwery nazw, np. poleceniem „dig TXT _dmarc.example.com”.

code-pattern-gmail-no-dmarc-summary = Gmail: domena nadawcy nie ma rekordu DMARC z polityką
code-pattern-gmail-no-dmarc-action = Gmail wymaga od nadawców masowych opublikowania rekordu DMARC. Osoba, która zarządza DNS domeny, dodaje rekord TXT pod nazwą _dmarc.<domena>, na początek „v=DMARC1; p=none; rua=mailto:<adres na raporty>”, i dba o to, aby SPF i DKIM nadal dawały wynik pozytywny. Potem wyślij wiadomość ponownie.

code-pattern-gmail-not-aligned-summary = Gmail: domena z pola Od nie jest domeną potwierdzoną przez SPF ani DKIM
code-pattern-gmail-not-aligned-action = Domena adresu w polu Od różni się od domeny, dla której SPF (nadawca koperty) lub DKIM (wartość d= podpisu) dały wynik pozytywny. Typowe przyczyny to formularz kontaktowy, który wstawia w pole Od adres odwiedzającego, oraz usługa newsletterowa, która podpisuje wiadomości własną domeną. Wysyłaj z adresu we własnej domenie, podpisując wiadomości kluczem DKIM tej domeny, albo ustaw usługę tak, aby używała Twojej domeny.

code-pattern-gmail-unauthenticated-summary = Gmail: wiadomość nie przeszła weryfikacji nadawcy (SPF i DKIM)
code-pattern-gmail-unauthenticated-action = Gmail przyjmuje tylko pocztę, która przechodzi weryfikację SPF lub DKIM dla domeny nadawcy. Administrator tej domeny musi dopisać serwer wysyłający do jej rekordu SPF lub włączyć podpisywanie DKIM. Z programu pocztowego wysyłaj przez serwer poczty wychodzącej swojego dostawcy.

code-pattern-gmail-direct-not-authorized-summary = Gmail: ten adres IP nie może doręczać poczty do Gmaila bezpośrednio
code-pattern-gmail-direct-not-authorized-action = Wiadomość przyszła bezpośrednio z adresu, z którego nie powinno się samodzielnie doręczać poczty, np. z domowego lub biurowego łącza, serwera NAS, drukarki albo skryptu. Ustaw w urządzeniu lub programie wysyłanie przez serwer poczty wychodzącej swojego dostawcy, { $smtp-server }, na porcie 587 ze STARTTLS lub 465 z SSL/TLS, logując się adresem i hasłem skrzynki.

code-pattern-gmail-rate-limited-summary = Gmail: za dużo niechcianej poczty od tego nadawcy, więc przyjmuje ją wolniej
code-pattern-gmail-rate-limited-action = Gmail na razie przyjmuje mniej wiadomości, bo wiele ostatnich z tego serwera lub domeny wyglądało na spam. Wstrzymaj masowe wysyłki, sprawdź, czy na serwerze nie ma zhakowanych kont lub skryptów, i wysyłaj pocztę tylko do osób, które się na to zgodziły.

code-pattern-gmail-likely-unsolicited-summary = Gmail: wiadomość wygląda na spam i została odrzucona
code-pattern-gmail-likely-unsolicited-action = Gmail uznał, że wiadomość, jej linki lub reputacja serwera wysyłającego wskazują na spam. Usuń wątpliwe linki i załączniki, upewnij się, że domena nadawcy przechodzi weryfikację SPF i DKIM, i sprawdź, czy adresu IP serwera nie ma na żadnej czarnej liście.

code-pattern-gmail-rfc5322-summary = Gmail: nagłówki nie spełniają standardu formatu e-maili (RFC 5322)
code-pattern-gmail-rfc5322-action = Gmail odrzuca wiadomości bez prawidłowego nagłówka Message-ID lub From, z więcej niż jednym adresem w polu Od, ze zdublowanymi nagłówkami albo z jednym Message-ID użytym wiele razy. Odpowiada za to program lub skrypt, który tworzy wiadomości: każda wiadomość musi mieć jeden adres w polu Od, własny Message-ID i nagłówek Date.

code-pattern-gmail-content-blocked-summary = Gmail: załącznik lub treść zablokowano jako zagrożenie bezpieczeństwa
code-pattern-gmail-content-blocked-action = Gmail blokuje załączniki, które mogą zawierać złośliwe oprogramowanie, np. pliki .exe, .js lub .bat, także wewnątrz plików .zip, oraz dokumenty ze szkodliwymi makrami. Udostępnij taki plik jako link do pobrania albo wyślij plik innego typu, a potem wyślij wiadomość ponownie.

code-pattern-receiving-too-fast-summary = Odbiorca dostaje pocztę zbyt szybko: odczekaj i wyślij ponownie
code-pattern-receiving-too-fast-action = Do skrzynki odbiorcy przychodzi więcej poczty, niż jego dostawca na razie pozwala; z Twoją wiadomością wszystko jest w porządku. Serwer wysyłający sam ponowi próbę; z programu pocztowego wyślij wiadomość ponownie za godzinę lub dwie.

code-pattern-gmail-mailbox-full-summary = Gmail: w skrzynce odbiorcy skończyło się miejsce
code-pattern-gmail-mailbox-full-action = Odbiorca wykorzystał całe miejsce na swoim koncie Google, więc nowa poczta nie może do niego dotrzeć. Powiadom go w inny sposób, np. telefonicznie, żeby zwolnił miejsce lub dokupił więcej, a potem wyślij wiadomość ponownie.

code-pattern-gmail-no-such-user-summary = Gmail: adres, na który wysłano wiadomość, nie istnieje
code-pattern-gmail-no-such-user-action = Sprawdź, czy w adresie odbiorcy nie ma literówek ani zbędnych spacji, zwłaszcza w części przed @. Jeśli wygląda poprawnie, zapytaj odbiorcę inną drogą o jego aktualny adres.

code-pattern-gmail-no-such-domain-summary = Gmail: nie znaleziono domeny odbiorcy
code-pattern-gmail-no-such-domain-action = Część adresu po @ nie jest domeną, która odbiera pocztę. Sprawdź, czy nie ma w niej literówek, spacji ani zbędnej kropki na końcu (gmial.com, example.con), popraw ją i wyślij wiadomość ponownie.

code-pattern-gmail-web-login-summary = Gmail: Google wymaga zalogowania się na konto w przeglądarce
code-pattern-gmail-web-login-action = Google zablokował logowanie programu pocztowego jako nietypowe. Zaloguj się na konto Google w przeglądarce na tym samym urządzeniu i potwierdź komunikat bezpieczeństwa. Potem skonfiguruj konto w programie przez opcję „Zaloguj się przez Google” albo za pomocą hasła do aplikacji.

code-pattern-gmail-app-password-summary = Gmail: w programach pocztowych konto wymaga hasła do aplikacji
code-pattern-gmail-app-password-action = Konto Google ma włączoną weryfikację dwuetapową, więc jego zwykłe hasło nie działa w programie pocztowym. Utwórz hasło do aplikacji w ustawieniach bezpieczeństwa konta Google i wpisz je w programie zamiast zwykłego hasła albo użyj w programie opcji „Zaloguj się przez Google”.

code-pattern-gmail-bad-credentials-summary = Gmail: nie przyjęto nazwy użytkownika lub hasła
code-pattern-gmail-bad-credentials-action = Program pocztowy logował się do serwera Gmail błędnym lub nieaktualnym hasłem. Wpisz pełny adres i aktualne hasło; jeśli konto Google ma włączoną weryfikację dwuetapową, utwórz w nim hasło do aplikacji i użyj go zamiast zwykłego hasła.

code-pattern-too-many-logins-summary = Zbyt wiele prób logowania: serwer na jakiś czas wstrzymuje logowanie
code-pattern-too-many-logins-action = Serwer przez pewien czas odrzuca logowanie, bo w krótkim czasie było zbyt wiele prób, często z telefonu lub programu, który wciąż próbuje starego hasła. Popraw hasło na każdym urządzeniu, które korzysta z tej skrzynki, odczekaj godzinę i spróbuj ponownie.

## Microsoft (Outlook.com, Microsoft 365)

code-pattern-microsoft-auth-level-summary = Outlook.com: domena nadawcy nie spełnia wymagań SPF, DKIM lub DMARC
code-pattern-microsoft-auth-level-action = Od maja 2025 Outlook.com, Hotmail i Live.com przyjmują pocztę masową tylko wtedy, gdy SPF i DKIM dają wynik pozytywny, a domena ma rekord DMARC (co najmniej p=none) zgodny z jednym z nich. Administrator domeny nadawcy musi poprawić te rekordy DNS; potem wyślij wiadomość ponownie.

code-pattern-microsoft-rate-limited-summary = Microsoft: adres IP nadawcy jest spowalniany z powodu reputacji
code-pattern-microsoft-rate-limited-action = Outlook.com przyjmuje pocztę z tego adresu IP tylko powoli z powodu jego reputacji, często po spamie lub skargach. Serwer wysyłający sam ponawia próby. Jego administrator powinien zatrzymać wszelką niechcianą pocztę, obserwować adres w usłudze SNDS firmy Microsoft, a jeśli problem nie mija, zwrócić się do pomocy technicznej Outlook.com dla nadawców.

code-pattern-microsoft-server-busy-summary = Microsoft: serwer chwilowo wstrzymuje tego nadawcę; próby są ponawiane
code-pattern-microsoft-server-busy-action = Microsoft wstrzymuje pocztę od tego nadawcy, dopóki go nie oceni; często chodzi o nowy adres IP albo nagły wzrost liczby wiadomości. Nie trzeba nic robić: serwer wysyłający ponawia próby, a ograniczenie samo mija. Jeśli trwa dłużej niż dobę, administrator serwera kontaktuje się z pomocą techniczną firmy Microsoft dla nadawców.

code-pattern-microsoft-external-forwarding-summary = Microsoft 365: organizacja blokuje przekierowanie poczty na zewnątrz
code-pattern-microsoft-external-forwarding-action = Reguła przekierowania wysłała wiadomość na adres zewnętrzny, a organizacja Microsoft 365 blokuje automatyczne przekierowywanie. Albo jej administrator zezwoli na nie dla tej skrzynki (w Microsoft Defender, w zasadach dotyczących spamu wychodzącego), albo usuń regułę przekierowania i czytaj pocztę bezpośrednio w tej skrzynce.

code-pattern-microsoft-bad-outbound-sender-summary = Microsoft 365: skrzynka ma blokadę wysyłki, prawdopodobnie po włamaniu
code-pattern-microsoft-bad-outbound-sender-action = Microsoft zablokował wysyłanie z tego konta, bo wysyłało spam, zwykle po kradzieży hasła. Zmień hasło, włącz logowanie wieloskładnikowe, sprawdź antywirusem komputery i telefony, które korzystają z konta, i usuń reguły ustawione bez Twojej wiedzy. Potem administrator Microsoft 365 odblokowuje konto w sekcji Restricted entities w Microsoft Defender.

code-pattern-microsoft-tenant-blocked-summary = Microsoft 365: cała organizacja ma zablokowaną wysyłkę
code-pattern-microsoft-tenant-blocked-action = Microsoft wstrzymał wysyłkę dla tej organizacji Microsoft 365, bo większość jej poczty wychodzącej wyglądała na spam albo pochodziła z domen, które nie są w niej zarejestrowane. Jej administrator musi zabezpieczyć zhakowane konta, dodać i zweryfikować każdą domenę, z której organizacja wysyła pocztę, a potem skontaktować się z pomocą techniczną firmy Microsoft.

code-pattern-microsoft-send-as-summary = Microsoft 365: konto nie może wysyłać z tym adresem w polu Od
code-pattern-microsoft-send-as-action = Skrzynka, która się zalogowała, nie ma uprawnienia do wysyłania jako adres z pola Od. Wpisz w polu Od własny adres konta albo poproś administratora Microsoft 365 o nadanie jej uprawnienia „Send As” (Wyślij jako) dla tego adresu.

code-pattern-microsoft-tenant-attribution-summary = Microsoft 365: łącznik nie rozpoznał serwera wysyłającego
code-pattern-microsoft-tenant-attribution-action = W Microsoft 365 nie udało się przypisać wiadomości do żadnej organizacji, zwykle dlatego, że łącznik przychodzący (inbound connector) dla własnego serwera lub usługi organizacji nie pasuje już do jej adresu IP lub certyfikatu. Administrator Microsoft 365 musi poprawić łącznik; z adresem odbiorcy wszystko jest w porządku.

code-pattern-microsoft-smtp-auth-disabled-summary = Microsoft 365: logowanie hasłem do wysyłki (SMTP AUTH) jest wyłączone
code-pattern-microsoft-smtp-auth-disabled-action = Microsoft 365 odrzuca wysyłkę ze zwykłą nazwą użytkownika i hasłem, bo organizacja wyłączyła SMTP AUTH albo Microsoft wycofuje to podstawowe uwierzytelnianie. Nowe hasło nie pomoże. Administrator Microsoft 365 może na razie zezwolić tej skrzynce na SMTP AUTH; trwałym rozwiązaniem jest program lub urządzenie, które loguje się przez OAuth (nowoczesne uwierzytelnianie).

code-pattern-microsoft-sender-mailbox-full-summary = Microsoft 365: Twoja skrzynka jest pełna, więc nie może wysyłać
code-pattern-microsoft-sender-mailbox-full-action = Exchange Online zapisuje kopię każdej wysłanej wiadomości w folderze Elementy wysłane, a pełna skrzynka ma zablokowaną wysyłkę. Usuń stare wiadomości, przede wszystkim z folderów Elementy wysłane i Elementy usunięte, albo poproś administratora o powiększenie skrzynki; potem wyślij wiadomość ponownie.

code-pattern-microsoft-submission-quota-summary = Microsoft 365: skrzynka osiągnęła dzienny limit odbiorców
code-pattern-microsoft-submission-quota-action = Microsoft 365 pozwala jednej skrzynce wysłać pocztę do najwyżej 10 000 odbiorców dziennie, a ta skrzynka osiągnęła ten limit. Odczekaj 24 godziny. Jeśli nikt celowo nie wysłał tak dużo, konto mogło zostać zhakowane: zmień jego hasło i przejrzyj folder Elementy wysłane. Masowe wysyłki prowadź przez przeznaczoną do nich usługę.

code-pattern-microsoft-submission-throttled-summary = Microsoft 365: przez SMTP wysłano naraz zbyt wiele wiadomości
code-pattern-microsoft-submission-throttled-action = Przy wysyłce przez smtp.office365.com Microsoft 365 pozwala jednej skrzynce na trzy jednoczesne połączenia i 30 wiadomości na minutę. Program, skaner lub aplikacja wysłały naraz więcej. Ustaw w nich wysyłanie wiadomości po kolei albo wolniej i wyślij ponownie te, które zostały odrzucone.

code-pattern-microsoft-recipient-throttled-summary = Microsoft: do skrzynki odbiorcy przychodzi naraz zbyt wiele poczty
code-pattern-microsoft-recipient-throttled-action = Exchange spowalnia doręczanie do skrzynki, do której w tej samej chwili przychodzi wiele wiadomości. To stan przejściowy i serwer wysyłający sam ponowi próbę; nie trzeba nic robić, chyba że przyjdzie zwrotka.

code-pattern-microsoft-expired-summary = Microsoft: minął czas na doręczenie wiadomości
code-pattern-microsoft-expired-action = Serwer ponawiał próby, ale serwer odbiorczy nie przyjął wiadomości na czas, często dlatego, że był nieosiągalny. Sprawdź adres odbiorcy i ustal z odbiorcą, czy rekordy MX jego domeny i jego serwer pocztowy działają; potem wyślij wiadomość ponownie.

code-pattern-microsoft-ip-not-accepted-summary = Microsoft: poczta z adresu IP serwera wysyłającego nie jest przyjmowana
code-pattern-microsoft-ip-not-accepted-action = Microsoft odrzuca pocztę z tego adresu IP z powodu jego złej reputacji, często po tym, jak wysłano przez niego spam. Administrator serwera wysyłającego musi usunąć przyczynę, np. zhakowane konto lub skrypt, a potem poprosić pomoc techniczną firmy Microsoft o zdjęcie blokady.

code-pattern-microsoft-banned-ip-summary = Microsoft: adres IP serwera wysyłającego jest na czarnej liście firmy Microsoft
code-pattern-microsoft-banned-ip-action = Administrator serwera wysyłającego musi najpierw usunąć przyczynę, np. zhakowane konto lub skrypt. Potem może poprosić o usunięcie adresu z listy na stronie firmy Microsoft sender.office.com, podając adres IP wymieniony w komunikacie.

code-pattern-microsoft-blocklist-summary = Outlook.com: sieć nadawcy jest na czarnej liście firmy Microsoft
code-pattern-microsoft-blocklist-action = Outlook.com i Hotmail blokują pocztę z sieci, z której przyszła wiadomość. Administrator serwera wysyłającego lub jego dostawca internetu musi dopilnować, aby z tej sieci nie wychodził spam, a potem poprosić pomoc techniczną firmy Microsoft dla nadawców o zdjęcie blokady.

code-pattern-microsoft-recipient-not-found-summary = Microsoft: u odbiorcy nie istnieje skrzynka o tym adresie
code-pattern-microsoft-recipient-not-found-action = Organizacja odbiorcy nie ma skrzynki o tym adresie. Sprawdź, czy nie ma w nim literówek; jeśli jest poprawny, zapytaj odbiorcę inną drogą, czy adres się nie zmienił. Jeśli to Twoja domena, sprawdź, czy skrzynka istnieje w Microsoft 365.

code-pattern-microsoft-client-not-authenticated-summary = Microsoft 365: program pocztowy próbował wysłać pocztę bez logowania
code-pattern-microsoft-client-not-authenticated-action = W programie pocztowym włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail i jego hasłem. Czasem administrator Microsoft 365 musi też zezwolić tej skrzynce na logowanie SMTP (SMTP AUTH).

## Apple iCloud Mail

code-pattern-icloud-policy-summary = iCloud Mail: wiadomość odrzucono na podstawie lokalnych zasad Apple
code-pattern-icloud-policy-action = Apple odrzucił wiadomość z powodu reputacji nadawcy lub braku uwierzytelnienia. Administrator domeny i serwera wysyłającego sprawdza, czy SPF i DKIM dają wynik pozytywny, czy istnieje rekord DMARC i czy adres IP serwera wysyłającego ma odwrotny DNS. Jeśli to nie pomoże, pisze na adres icloudadmin@apple.com, podając domenę, adresy IP i pełną treść błędu.

## T-Online

code-pattern-t-online-dialup-summary = T-Online: poczta z dynamicznych adresów IP (dial-up) jest odrzucana
code-pattern-t-online-dialup-action = Wiadomość przyszła bezpośrednio z adresu, który T-Online uznaje za łącze domowe lub dynamiczne. Nie doręczaj poczty bezpośrednio z takiego łącza: wysyłaj przez serwer poczty wychodzącej swojego dostawcy ({ $smtp-server }), logując się danymi skrzynki, albo daj serwerowi stały adres IP z własną nazwą.

code-pattern-t-online-reputation-summary = T-Online: adres IP serwera wysyłającego jest dla T-Online nieznany
code-pattern-t-online-reputation-action = T-Online przyjmuje pocztę tylko od znanych sobie serwerów. Administrator serwera wysyłającego ustawia dla jego adresu IP rekord PTR z nazwą we własnej domenie operatora serwera, której strona internetowa podaje operatora i dane kontaktowe (tzw. impressum). Potem pisze na adres podany w odpowiedzi serwera (postmaster@rx.t-online.de) z prośbą o odblokowanie adresu IP.

code-pattern-t-online-blocked-summary = T-Online: adres IP serwera wysyłającego jest zablokowany
code-pattern-t-online-blocked-action = T-Online zablokował adres IP serwera wysyłającego. Administrator serwera sprawdza, czy serwer nie wysyła spamu i czy jego nazwa z rekordu PTR prowadzi do strony operatora z impressum i danymi kontaktowymi. Potem pisze na adres podany w odpowiedzi serwera (tosa@rx.t-online.de), podając adres IP i pełną treść błędu.

## GMX i web.de

code-pattern-gmx-bad-ptr-summary = GMX/web.de: adres IP nadawcy nie ma poprawnego rekordu PTR
code-pattern-gmx-bad-ptr-action = GMX i web.de odrzucają serwery, których adres IP nie ma nazwy w odwrotnym DNS albo których nazwa nie wskazuje z powrotem na ten adres. Administrator serwera wysyłającego musi ustawić w rekordzie PTR pełną nazwę serwera, wskazującą na ten sam adres. Link w odpowiedzi serwera wyjaśnia szczegóły.

code-pattern-gmx-blocklisted-summary = GMX/web.de: adres IP nadawcy jest na ich czarnej liście
code-pattern-gmx-blocklisted-action = GMX i web.de blokują pocztę z tego adresu IP, często po spamie lub wielu wiadomościach na nieistniejące adresy. Administrator serwera wysyłającego musi znaleźć i usunąć przyczynę; link w odpowiedzi serwera prowadzi do strony postmastera, na której można poprosić o usunięcie z listy.

code-pattern-gmx-policy-summary = GMX/web.de: wiadomość została odrzucona ze względu na zasady serwera
code-pattern-gmx-policy-action = GMX i web.de odrzuciły wiadomość na podstawie swoich zasad, najczęściej dlatego, że domena nadawcy nie przechodzi weryfikacji SPF, DKIM lub DMARC albo serwer ma złą reputację. Link w odpowiedzi serwera wskazuje dokładną przyczynę; administrator domeny i serwera usuwa to, co tam opisano.

## Dostawcy czescy, polscy i rosyjskojęzyczni

code-pattern-seznam-user-unknown-summary = Seznam.cz: nie istnieje skrzynka o tym adresie
code-pattern-seznam-user-unknown-action = W Seznam.cz nie ma skrzynki o tym adresie. Sprawdź, czy w części przed @ nie ma literówek; jeśli jest poprawna, zapytaj odbiorcę inną drogą o jego aktualny adres.

code-pattern-centrum-domain-reputation-summary = Centrum.cz, Atlas.cz: domena użyta w wiadomości ma złą reputację
code-pattern-centrum-domain-reputation-action = System antyspamowy serwisów Centrum, Atlas i Volny ocenia domenę użytą w wiadomości, zwykle domenę nadawcy, jako niewiarygodną (reputacja domeny nadawcy w Cisco Talos). Administrator domeny sprawdza SPF (zakończony na -all), DKIM i odwrotny DNS serwera. Jeśli to nie pomoże, prosi o wyjątek pod adresem helpdesk@economia.cz.

code-pattern-forpsi-policy-violation-summary = Forpsi: czasowa blokada wysyłki po fali wiadomości podobnych do spamu
code-pattern-forpsi-policy-violation-action = Serwer poczty wychodzącej Forpsi wstrzymał wysyłanie z tej skrzynki, domeny lub adresu IP, bo wysłano z nich wiele wiadomości, w dużej części niedoręczalnych, jak to bywa przy zhakowanym koncie. Sprawdź komputer antywirusem i zmień hasło. Blokada sama wygasa po godzinie, najpóźniej po 24 godzinach; pomoc techniczna Forpsi może zdjąć ją wcześniej.

code-pattern-interia-ip-reputation-summary = Interia: adres IP serwera wysyłającego oznaczono jako źródło spamu
code-pattern-interia-ip-reputation-action = Użytkownicy Interii przenieśli do spamu dużą część poczty z tego adresu IP, więc Interia ją odrzuca. Częste przyczyny to hosting współdzielony, poczta marketingowa i transakcyjna wysyłana z jednego adresu, rekord SPF, który nie obejmuje tego adresu lub nie kończy się na -all, oraz brak rekordu PTR. Usunąć je musi administrator serwera wysyłającego.

code-pattern-wp-sending-blocked-summary = WP/o2: dostawca zablokował wysyłanie z tej skrzynki
code-pattern-wp-sending-blocked-action = Wirtualna Polska zablokowała wysyłanie z tej skrzynki, zwykle po wysłaniu z niej spamu przy użyciu skradzionego hasła albo po przekroczeniu limitów wysyłki. Zmień hasło na niezainfekowanym urządzeniu i sprawdź komputer antywirusem, a potem napisz do pomocy technicznej WP (kontakt@pomoc.wp.pl), podając treść błędu.

code-pattern-mailru-spam-summary = Mail.ru: wiadomość odrzucono jako spam
code-pattern-mailru-spam-action = Filtr Mail.ru uznał wiadomość lub jej nadawcę za spam. Link w odpowiedzi serwera prowadzi do formularza, w którym można poprosić Mail.ru o ponowne sprawdzenie blokady. Sprawdź, czy w wiadomości nie ma wątpliwych linków i czy domena nadawcy przechodzi weryfikację SPF i DKIM.

## Czarne listy

code-pattern-personal-blocklist-summary = Odbiorca sam zablokował Twój adres
code-pattern-personal-blocklist-action = To nie publiczna czarna lista, tylko sam odbiorca dopisał Twój adres do swojej listy zablokowanych nadawców. Poproś go inną drogą, np. telefonicznie, o usunięcie adresu z tej listy; po Twojej stronie ani na Twoim serwerze nie trzeba nic zmieniać.

code-pattern-spamhaus-open-resolver-summary = To nie wpis na liście: serwer odbiorcy błędnie odpytuje Spamhaus
code-pattern-spamhaus-open-resolver-action = Serwer pocztowy odbiorcy odpytuje Spamhaus przez publiczny resolver DNS, dostaje kod błędu zamiast odpowiedzi i traktuje go jak wpis na liście, więc odrzuca wszystkich nadawców. Twojego adresu nie ma na liście. Naprawić to może tylko administrator serwera odbiorcy, używając własnego resolvera albo klucza Spamhaus DQS; powiadom odbiorcę inną drogą.

code-pattern-spamhaus-pbl-summary = Spamhaus PBL: ten adres IP nie powinien doręczać poczty bezpośrednio
code-pattern-spamhaus-pbl-action = Policy Block List obejmuje adresy domowe, dynamiczne i inne, z których pocztę powinno się wysyłać tylko przez dostawcę poczty; to nie jest wpis za spam. Wysyłaj przez serwer poczty wychodzącej swojego dostawcy ({ $smtp-server }), logując się danymi skrzynki. Właściciel serwera z własnym stałym adresem może usunąć ten adres z PBL na stronie check.spamhaus.org.

code-pattern-spamhaus-dbl-summary = Spamhaus DBL: domena z wiadomości jest na czarnej liście
code-pattern-spamhaus-dbl-action = Domena z adresu nadawcy lub z linków w wiadomości jest na liście Domain Block List Spamhausu. Sprawdź na stronie check.spamhaus.org, która to domena i dlaczego. Usuń linki do stron z listy; jeśli na liście jest Twoja domena, jej administrator musi usunąć przyczynę, np. zhakowaną stronę internetową, a potem poprosić Spamhaus o usunięcie z listy.

code-pattern-spamhaus-summary = Adres IP serwera wysyłającego jest na czarnej liście Spamhaus
code-pattern-spamhaus-action = Sprawdź adres IP na stronie check.spamhaus.org, aby dowiedzieć się, dlaczego trafił na listę. Administrator serwera wysyłającego musi najpierw usunąć przyczynę, np. zhakowane konto lub skrypt, wirusa albo otwarty relay, a potem poprosić Spamhaus o usunięcie z listy.

code-pattern-spamcop-summary = Adres IP serwera wysyłającego jest na czarnej liście SpamCop
code-pattern-spamcop-action = SpamCop umieszcza na liście adresy, z których niedawno wysłano pocztę zgłoszoną przez odbiorców jako spam. Administrator serwera wysyłającego musi znaleźć i zatrzymać tę pocztę; wpis na liście po pewnym czasie sam wygaśnie.

code-pattern-barracuda-summary = Adres IP serwera wysyłającego jest na liście reputacyjnej Barracuda
code-pattern-barracuda-action = Sprawdź adres IP na stronie barracudacentral.org. Administrator serwera wysyłającego musi najpierw usunąć przyczynę spamu, a potem może poprosić o usunięcie z listy na tej samej stronie.

code-pattern-generic-blocklist-summary = Adres IP serwera wysyłającego jest na czarnej liście używanej przez odbiorcę
code-pattern-generic-blocklist-action = Odpowiedź serwera zwykle podaje nazwę listy. Sprawdź adres IP na stronie tej listy, aby dowiedzieć się, dlaczego się na niej znalazł; administrator serwera wysyłającego musi usunąć przyczynę, a potem poprosić operatora listy o usunięcie adresu.

## Opóźnienia i połączenia serwera wysyłającego

code-pattern-greylisting-summary = Greylisting: serwer odbiorczy prosi o ponowne wysłanie później
code-pattern-greylisting-action = Zwykle nie trzeba nic robić. Serwer odbiorczy celowo odrzuca pierwszą próbę od nieznanego nadawcy; prawidłowo działający serwer wysyłający sam ponawia próbę i wiadomość dociera, zwykle w ciągu godziny.

code-pattern-delivery-delayed-summary = Powiadomienie o opóźnieniu: wiadomość nie dotarła, ale próby trwają
code-pattern-delivery-delayed-action = To ostrzeżenie, a nie zwrotka. Serwer wysyłający nie zdołał jeszcze doręczyć wiadomości i ponawia próby, zwykle do pięciu dni; zwrotkę wyśle dopiero wtedy, gdy zrezygnuje. Na razie nie trzeba nic robić; jeśli przyjdzie zwrotka, przeczytaj ją.

code-pattern-port25-timeout-summary = Brak połączenia z serwerem pocztowym odbiorcy na porcie 25
code-pattern-port25-timeout-action = Przy połączeniu z serwerem pocztowym odbiorcy na porcie 25 upłynął limit czasu albo połączenie się nie powiodło. Jeśli dzieje się tak przy każdej domenie, dostawca hostingu lub chmury blokuje wychodzący port 25: poproś go o odblokowanie portu albo wysyłaj przez serwer pośredniczący z logowaniem (relay) na porcie 587. Jeśli dotyczy to tylko jednej domeny, jej serwery pocztowe nie działają albo jej rekordy MX są błędne.

## Kontrole serwera wysyłającego

code-pattern-no-reverse-dns-summary = Adres IP serwera wysyłającego nie ma poprawnego odwrotnego DNS (PTR)
code-pattern-no-reverse-dns-action = Serwer odbiorczy wymaga, aby adres IP nadawcy miał rekord PTR z nazwą serwera, a ta nazwa wskazywała z powrotem na ten sam adres. Administrator serwera wysyłającego musi go ustawić, zwykle w panelu klienta lub u właściciela adresu IP.

code-pattern-helo-rejected-summary = Serwer odbiorczy odrzucił nazwę, którą przedstawił się serwer wysyłający
code-pattern-helo-rejected-action = Serwer wysyłający przedstawia się (HELO) bez nazwy albo nazwą niepełną lub błędną. Ustaw w nim pełną nazwę serwera w takiej postaci, w jakiej jest zapisana w DNS (w Postfiksie myhostname), tę samą co w rekordzie PTR jego adresu IP.

## Uwierzytelnianie domeny nadawcy

code-pattern-dmarc-fail-summary = DMARC: domena nadawcy żąda odrzucania niezweryfikowanej poczty
code-pattern-dmarc-fail-action = Domena z adresu w polu Od ma politykę DMARC, a ta wiadomość nie przeszła weryfikacji SPF ani DKIM dla tej właśnie domeny: SPF może dać wynik pozytywny dla domeny nadawcy koperty, a DMARC mimo to się nie powiedzie. Administrator domeny musi dopisać serwer wysyłający do rekordu SPF i podpisywać wiadomości kluczem DKIM domeny z pola Od. Z tego samego powodu może być odrzucana także poczta przekierowana z innego adresu.

code-pattern-spf-fail-summary = Weryfikacja SPF nieudana: ten serwer nie może wysyłać w imieniu domeny nadawcy
code-pattern-spf-fail-action = Rekord SPF domeny nadawcy nie obejmuje serwera, który wysłał wiadomość. Z programu pocztowego wysyłaj przez serwer poczty wychodzącej swojego dostawcy; w innym przypadku poproś osobę, która zarządza DNS domeny, o dopisanie serwera wysyłającego do rekordu. Weryfikacji SPF nie przechodzi też poczta przekierowana przez serwer, który nie przepisuje adresu nadawcy (SRS).

code-pattern-dkim-fail-summary = Weryfikacja DKIM nieudana: podpis wiadomości jest nieprawidłowy lub go brak
code-pattern-dkim-fail-action = Serwer odbiorczy nie mógł zweryfikować podpisu DKIM wiadomości. Administrator domeny nadawcy powinien sprawdzić, czy podpisywanie DKIM jest włączone i czy klucz opublikowany w DNS się zgadza. Podpis przestaje być ważny także wtedy, gdy wiadomość zostanie zmieniona po drodze.

## Filtry treści

code-pattern-spam-rejected-summary = Filtr antyspamowy serwera odbiorczego odrzucił wiadomość
code-pattern-spam-rejected-action = Filtr antyspamowy odbiorcy ocenił wiadomość jako spam. Usuń wątpliwe i skrócone linki oraz duże obrazy bez tekstu i sprawdź, czy domena nadawcy przechodzi weryfikację SPF i DKIM. Jeśli odbiorca ma w skrzynce ustawione odrzucanie spamu, poproś go o dodanie Twojego adresu do białej listy.

## Błędy programu pocztowego przy odbieraniu

code-pattern-outlook-receive-login-summary = Outlook: serwer poczty przychodzącej odrzucił logowanie
code-pattern-outlook-receive-login-action = Serwer poczty przychodzącej (POP3 lub IMAP) nie przyjął nazwy użytkownika lub hasła. Wpisz pełny adres e-mail jako nazwę użytkownika i aktualne hasło; jeśli nie masz pewności, sprawdź je w webmailu ({ $webmail }).

code-pattern-outlook-receive-connect-summary = Outlook: brak połączenia z serwerem poczty przychodzącej
code-pattern-outlook-receive-connect-action = Outlook nie mógł połączyć się z serwerem poczty przychodzącej. Sprawdź jego nazwę i port: IMAP { $imap-server } na porcie 993 lub POP3 { $pop3-server } na porcie 995, w obu przypadkach z SSL/TLS. Połączenie może też blokować antywirus skanujący pocztę lub zapora sieciowa.

code-pattern-thunderbird-receive-login-summary = Thunderbird: serwer poczty przychodzącej odrzucił logowanie
code-pattern-thunderbird-receive-login-action = Serwer nie przyjął nazwy użytkownika lub hasła zapisanych w Thunderbirdzie. Wybierz „Wprowadź nowe hasło” i wpisz aktualne hasło do skrzynki, z pełnym adresem e-mail jako nazwą użytkownika; jeśli nie masz pewności, sprawdź je w webmailu ({ $webmail }).

## Logowanie i adres nadawcy

code-pattern-auth-failed-summary = Logowanie nieudane: serwer nie przyjął nazwy użytkownika lub hasła
code-pattern-auth-failed-action = Sprawdź logowanie w programie pocztowym: pełny adres e-mail jako nazwa użytkownika i aktualne hasło. Jeśli nadal nie działa, a skrzynka jest u dostawcy { $provider }, ustaw nowe hasło w panelu klienta ({ $control-panel }) i wpisz je we wszystkich programach; hasło do skrzynki u innego dostawcy zmień tam, gdzie się tą skrzynką zarządza.

code-pattern-starttls-required-summary = Wymagane szyfrowanie: najpierw trzeba nawiązać szyfrowane połączenie
code-pattern-starttls-required-action = W programie pocztowym włącz szyfrowanie dla serwera poczty wychodzącej: STARTTLS na porcie 587 lub SSL/TLS na porcie 465. Potem spróbuj ponownie.

code-pattern-sender-login-mismatch-summary = Adres nadawcy nie należy do konta, na które się zalogowano
code-pattern-sender-login-mismatch-action = Serwer pozwala wysyłać tylko z adresów należących do konta, na które się logujesz. W programie pocztowym ustaw w polu Od ten sam adres, którym się logujesz, albo zaloguj się danymi skrzynki o tym adresie.

code-pattern-sender-address-rejected-summary = Serwer odbiorczy odrzucił adres nadawcy
code-pattern-sender-address-rejected-action = Adres nadawcy został odrzucony, często dlatego, że jego domena nie istnieje w DNS albo z tego adresu nie wolno tam wysyłać. Sprawdź adres w polu Od w programie pocztowym lub skrypcie oraz to, czy jego domena ma działające rekordy DNS.

## Przekazywanie poczty (relay)

code-pattern-relay-access-denied-summary = Relay access denied: serwer nie przekaże tej wiadomości dalej
code-pattern-relay-access-denied-action =
    Jeśli ten błąd pojawił się przy wysyłaniu z programu pocztowego lub skryptu, serwer nie wiedział,
    kim jesteś, bo program się nie zalogował: włącz opcję „Mój serwer wychodzący (SMTP) wymaga
    uwierzytelniania”, z pełnym adresem e-mail i jego hasłem, na porcie 587 lub 465. Jeśli błąd
    przyszedł w zwrotce, serwer odbiorczy nie obsługuje poczty dla domeny odbiorcy: albo rekordy MX
    domeny kierują pocztę na niewłaściwy serwer, albo skrzynka na nim nie istnieje. Sprawdź adres,
    a potem rekordy MX domeny odbiorcy.

code-pattern-relay-not-permitted-summary = Odmowa przekazania: serwer nie przekaże dalej Twojej wiadomości
code-pattern-relay-not-permitted-action = Serwer przekazuje pocztę dalej tylko zalogowanym użytkownikom. Włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail i jego hasłem. Jeśli odpowiedź przyszła z serwera odbiorcy, sprawdź rekordy MX jego domeny.

## Limity i rozmiary

code-pattern-sending-limit-summary = Osiągnięto limit wysyłki: wysłano zbyt wiele wiadomości
code-pattern-sending-limit-action =
    Usługa, przez którą wysyłasz, pozwala wysłać tylko określoną liczbę wiadomości na godzinę lub
    dziennie; odczekaj przed ponowną wysyłką, limit sam się odnowi. U dostawcy { $provider } limity
    wynoszą { $hourly-account-limit } { $hourly-account-limit ->
        [one] wiadomość
        [few] wiadomości
       *[many] wiadomości
    } na godzinę z jednej skrzynki i { $daily-limit } dziennie dla hostingu; Gmail i Microsoft 365
    mają własne limity. Duże wysyłki rozłóż w czasie.

code-pattern-too-many-recipients-summary = Zbyt wielu odbiorców w jednej wiadomości
code-pattern-too-many-recipients-action = Serwer przyjmuje tylko ograniczoną liczbę odbiorców jednej wiadomości. Podziel listę na mniejsze grupy i wyślij kilka wiadomości albo do dużych list użyj usługi mailingowej.

code-pattern-message-too-large-summary = Wiadomość jest większa, niż pozwala serwer odbiorcy
code-pattern-message-too-large-action = Zmniejsz wiadomość: duże pliki udostępnij jako link do pobrania albo je skompresuj. Załączniki podczas wysyłki rosną o mniej więcej jedną trzecią, więc zostaw zapas. Potem wyślij wiadomość ponownie.

## Pętle i przekroczony czas doręczenia

code-pattern-mail-loop-summary = Pętla pocztowa: wiadomość krążyła między serwerami i ją zatrzymano
code-pattern-mail-loop-action = Wiadomość była przekazywana tam i z powrotem, zwykle przez wskazujące na siebie reguły przekierowania, np. dwie skrzynki przekierowujące pocztę do siebie nawzajem, albo przez błędne ustawienie rekordów MX lub łącznika. Sprawdź reguły przekazywania i przekierowania w skrzynkach nadawcy i odbiorcy, a potem wyślij wiadomość ponownie.

code-pattern-exim-retry-timeout-summary = Rezygnacja z doręczenia: błędy po stronie odbiorcy trwały zbyt długo
code-pattern-exim-retry-timeout-action = Serwer wysyłający próbował przez kilka dni i zrezygnował. Przyczynę podaje błąd w zwrotce powyżej tego wiersza; często jest nią nieosiągalny serwer odbiorczy. Sprawdź adres odbiorcy i rekordy MX jego domeny, a potem wyślij wiadomość ponownie; jeśli tak samo kończy się wysyłka do każdej domeny, port 25 serwera wysyłającego może być zablokowany.

## Domena i skrzynka odbiorcy

code-pattern-exim-unrouteable-summary = Unrouteable address: domena odbiorcy nie ma serwera pocztowego
code-pattern-exim-unrouteable-action = Serwer wysyłający nie znalazł dla domeny po @ ani rekordu MX, ani rekordu adresu, więc nie wie, dokąd doręczyć wiadomość. Sprawdź, czy w domenie nie ma literówek; jeśli jest poprawna, administrator domeny odbiorcy musi ustawić jej rekordy MX.

code-pattern-mailbox-full-summary = Skrzynka odbiorcy jest pełna (przekroczony limit miejsca)
code-pattern-mailbox-full-action = Odbiorca musi usunąć wiadomości lub uzyskać więcej miejsca, zanim nowa poczta będzie mogła do niego dotrzeć. Powiadom go w inny sposób, a potem wyślij wiadomość ponownie. Jeśli to Twoja skrzynka, opróżnij kosz i duże foldery w webmailu.

code-pattern-mailbox-disabled-summary = Skrzynka odbiorcy jest wyłączona lub nieużywana
code-pattern-mailbox-disabled-action = Adres jest znany, ale nie przyjmuje poczty, często dlatego, że konto zamknięto albo długo go nie używano. Zapytaj odbiorcę inną drogą o działający adres.

code-pattern-recipient-access-denied-summary = Access denied: reguła serwera odbiorczego blokuje ten adres
code-pattern-recipient-access-denied-action = Serwer odbiorcy odrzuca pocztę dla tego adresu na podstawie reguły ustawionej przez jego administratora, a nie dlatego, że adres jest nieznany. Sprawdź adres; jeśli jest poprawny, poproś odbiorcę inną drogą, aby zlecił zdjęcie blokady albo podał inny adres.

code-pattern-user-unknown-summary = Nieznany odbiorca: nie istnieje skrzynka o tym adresie
code-pattern-user-unknown-action = Sprawdź, czy w adresie odbiorcy nie ma literówek, zwłaszcza w okolicy @ i w domenie. Jeśli jest poprawny, zapytaj odbiorcę inną drogą, czy ten adres nadal istnieje.

## Błędy zgłaszane przez programy pocztowe

code-pattern-outlook-send-login-summary = Outlook: serwer poczty wychodzącej nie wysyła bez logowania
code-pattern-outlook-send-login-action = Serwer poczty wychodzącej odrzucił wiadomość, zwykle dlatego, że Outlook wysłał ją bez logowania. W ustawieniach konta włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania” z ustawieniem „Użyj tych samych ustawień co mój serwer poczty przychodzącej” i sprawdź, czy w polu Od jest adres tej skrzynki.

code-pattern-outlook-encryption-summary = Outlook: serwer nie obsługuje wybranego szyfrowania
code-pattern-outlook-encryption-action = Szyfrowanie ustawione dla serwera nie pasuje do jego portu. Dla serwera poczty wychodzącej użyj portu 587 ze STARTTLS lub portu 465 z SSL/TLS; dla IMAP użyj portu 993, a dla POP3 portu 995, w obu przypadkach z SSL/TLS.

code-pattern-outlook-connect-summary = Outlook: brak połączenia z serwerem poczty wychodzącej (SMTP)
code-pattern-outlook-connect-action = Outlook nie mógł połączyć się z serwerem poczty wychodzącej. Użyj serwera { $smtp-server } na porcie 587 ze STARTTLS lub 465 z SSL/TLS, a nie portu 25, który blokuje wiele sieci. Wyłącz skanowanie poczty w antywirusie lub zaporze sieciowej i spróbuj ponownie; jeśli webmail działa, sam serwer jest sprawny.

code-pattern-thunderbird-auth-summary = Thunderbird: serwer poczty wychodzącej odrzucił logowanie
code-pattern-thunderbird-auth-action = Thunderbird nie mógł zalogować się do serwera poczty wychodzącej. W oknie Konfiguracja kont, w sekcji Serwer poczty wychodzącej (SMTP), wpisz jako nazwę użytkownika pełny adres e-mail i wybierz metodę uwierzytelniania „Zwykłe hasło” ze STARTTLS lub SSL/TLS, a potem wpisz aktualne hasło.

code-pattern-thunderbird-settings-summary = Thunderbird: zła nazwa lub zabezpieczenia serwera poczty wychodzącej
code-pattern-thunderbird-settings-action = Nazwa serwera poczty wychodzącej jest źle wpisana lub nieznana albo ustawienie „Bezpieczeństwo połączenia” nie pasuje do portu. W oknie Konfiguracja kont, w sekcji Serwer poczty wychodzącej (SMTP), wpisz { $smtp-server } z portem 587 i STARTTLS albo z portem 465 i SSL/TLS.

code-pattern-thunderbird-receive-connect-summary = Thunderbird: brak połączenia z serwerem poczty przychodzącej
code-pattern-thunderbird-receive-connect-action = Thunderbird nie mógł połączyć się z serwerem poczty przychodzącej. Sprawdź jego nazwę i port w sekcji Konfiguracja serwera danego konta: IMAP { $imap-server } na porcie 993 lub POP3 { $pop3-server } na porcie 995, z SSL/TLS. Połączenie może też blokować antywirus skanujący pocztę lub zapora sieciowa.

code-pattern-thunderbird-connect-summary = Thunderbird nie wysłał: brak połączenia z serwerem poczty wychodzącej
code-pattern-thunderbird-connect-action = Thunderbird nie mógł połączyć się z serwerem poczty wychodzącej albo utracił połączenie. Jeśli okno cytuje odpowiedź serwera z kodem, sprawdź raczej ten kod. W przeciwnym razie użyj serwera { $smtp-server } na porcie 587 ze STARTTLS lub 465 z SSL/TLS, a nie portu 25, i wyłącz skanowanie poczty w antywirusie lub zaporze sieciowej.

code-pattern-apple-mail-connect-summary = Apple Mail: brak połączenia z serwerem poczty wychodzącej
code-pattern-apple-mail-connect-action = Aplikacja Mail nie mogła wysłać wiadomości przez serwer poczty wychodzącej. Na karcie Ustawienia serwera danego konta sprawdź serwer poczty wychodzącej { $smtp-server }, port 587 lub 465 z TLS oraz nazwę użytkownika i hasło. Menu Okno > Informacje o połączeniach pokazuje, który element zawodzi.
