### Kody odpowiedzi, klasy i kto ma działać (Polish, polski).

## 2xx

code-211-summary = Stan systemu: serwer podaje swój stan lub wyświetla pomoc
code-211-causes = Program pocztowy lub administrator poprosił serwer o informacje o stanie lub o pomoc, a to jest odpowiedź.
code-211-action = Nie trzeba nic robić. To informacja, a nie błąd.

code-214-summary = Komunikat pomocy: serwer wyświetla tekst pomocy
code-214-causes = Ktoś poprosił serwer o pomoc (polecenie HELP). Tekst opisuje polecenia serwera lub wskazuje, gdzie szukać dalszej pomocy.
code-214-action = Nie trzeba nic robić. Ten tekst jest dla osób, które testują serwer lub nim zarządzają.

code-220-summary = Usługa gotowa: serwer przyjął połączenie
code-220-causes = Tak serwer wita program pocztowy lub inny serwer, który się z nim łączy. To normalny początek każdej rozmowy.
code-220-action = Nie trzeba nic robić.

code-221-summary = Zamykanie połączenia: serwer normalnie kończy rozmowę
code-221-causes = Program pocztowy zgłosił, że skończył (polecenie QUIT), więc serwer zamyka połączenie. Tak normalnie kończy się udana sesja.
code-221-action = Nie trzeba nic robić.

code-235-summary = Uwierzytelnienie udane: serwer przyjął logowanie
code-235-causes = Program pocztowy zalogował się nazwą użytkownika i hasłem, a serwer je zaakceptował.
code-235-action = Nie trzeba nic robić. Dane logowania w programie pocztowym są poprawne.

code-250-summary = OK: serwer wykonał żądany krok
code-250-causes = Serwer wykonał ostatnie polecenie. Jeśli ta odpowiedź przychodzi po przesłaniu treści wiadomości, serwer przyjął wiadomość i przejął jej doręczenie.
code-250-action = Nie trzeba nic robić. Jeśli odbiorca nadal nie widzi wiadomości, poproś go, aby zajrzał do folderu spamu.

code-251-summary = Użytkownik nie jest lokalny: serwer przekaże wiadomość dalej
code-251-causes = Skrzynki odbiorcy nie ma na tym serwerze, ale serwer wie, gdzie jest, i przekazuje wiadomość dalej, np. z powodu reguły przekierowania lub innego serwera pocztowego domeny.
code-251-action = Nie trzeba nic robić. Wiadomość jest w drodze.

code-252-summary = Nie można zweryfikować użytkownika, ale serwer spróbuje doręczyć
code-252-causes = Serwer nie może potwierdzić, że skrzynka istnieje, ale przyjmuje dla niej pocztę. Tę odpowiedź dostaje tylko polecenie VRFY, które sprawdza adres (RFC 5321 §3.5.3): program pocztowy nigdy jej nie widzi podczas wysyłania.
code-252-action = Nie trzeba nic robić. Jeśli doręczenie później się nie powiedzie, dostaniesz o tym zwrotkę.

## 3xx

code-334-summary = Trwa logowanie: serwer czeka na kolejny krok logowania
code-334-causes = Podczas logowania serwer wysyła krótkie zakodowane wyzwanie i czeka, aż program pocztowy odpowie kolejną częścią, np. nazwą użytkownika lub hasłem.
code-334-action = Nie trzeba nic robić. Program pocztowy odpowiada sam.

code-354-summary = Początek treści: serwer jest gotowy na tekst wiadomości
code-354-causes = Serwer zna już adresy nadawcy i odbiorcy i teraz czeka na treść wiadomości. Program pocztowy kończy treść wierszem zawierającym tylko kropkę.
code-354-action = Nie trzeba nic robić. Program pocztowy sam wysyła wiadomość.

## 4xx

code-420-summary = Przekroczono limit czasu: problem z połączeniem z serwerem odbiorcy
code-420-causes = Po stronie odbiorcy upłynął limit czasu połączenia lub połączenie zostało przerwane. To rzadki i stary kod: poradniki wiążą go tylko z serwerami pocztowymi GroupWise.
code-420-action = Spróbuj ponownie później. Jeśli problem się powtarza, odbiorca powinien poprosić administratorów swojego serwera GroupWise o sprawdzenie przyczyny.

code-421-summary = Usługa niedostępna: serwer zamyka połączenie
code-421-causes = Serwer nie może teraz obsługiwać poczty: jest przeciążony, uruchamia się ponownie, trwają na nim prace serwisowe albo spowalnia nadawcę, któremu jeszcze nie ufa. Duzi dostawcy (Gmail, Yahoo) odpowiadają kodem 421, aby ograniczać pocztę, która nie przechodzi ich kontroli uwierzytelnienia lub reputacji, i robią tak, dopóki nadawca tego nie naprawi.
code-421-action = Jeśli kod jest w zwrotce lub w logu, serwer wysyłający sam ponowi próbę; jeśli trwa to godzinami, odczytaj z treści przyczynę i przekaż ją dostawcy poczty lub administratorowi serwera. Jeśli program pocztowy pokazał ten kod z własnego serwera Twojego dostawcy, sprawdź na stronie statusu dostawcy, czy trwają prace serwisowe, a potem wyślij wiadomość ponownie później.

code-432-summary = Wymagana zmiana hasła albo serwer Exchange odbiorcy wstrzymuje doręczanie
code-432-causes = Według standardu (432 4.7.12, RFC 4954 §6) trzeba zmienić hasło do skrzynki albo raz zalogować się zwykłym hasłem przez szyfrowane połączenie, zanim ta metoda logowania zacznie działać. Microsoft Exchange wysyła 432 4.3.2 (STOREDRV), gdy do skrzynki odbiorcy przychodzi naraz zbyt wiele wiadomości; to mija samo.
code-432-action = Przy kodzie 4.7.12 zaloguj się raz w webmailu albo zwykłym hasłem przez SSL/TLS lub ustaw nowe hasło. Przy 4.3.2 STOREDRV nie trzeba nic robić: serwer wysyłający sam ponowi próbę.

code-449-summary = Błąd routingu na serwerze Exchange odbiorcy
code-449-causes = Serwer odbiorcy nie potrafił ustalić, dokąd przekazać wiadomość dalej. To rzadki i stary kod: poradniki wiążą go tylko ze starymi serwerami Microsoft Exchange i WinRoute.
code-449-action = Odbiorca powinien poprosić administratorów swojego serwera Exchange o sprawdzenie routingu poczty. Możesz spróbować ponownie później.

code-450-summary = Skrzynka chwilowo niedostępna: serwer nie przyjął wiadomości
code-450-causes = Zwykle to stan przejściowy: greylisting (pierwsza wiadomość od nieznanego nadawcy jest wstrzymywana na kilka minut), odbiorca dostaje naraz zbyt wiele poczty albo skrzynka jest na chwilę zablokowana. Serwer może też opóźniać pocztę od nadawców, którym nie ufa, np. bez rekordu PTR albo takich, których domeny nie może znaleźć.
code-450-action = Zwykle nic: serwer wysyłający sam ponowi próbę i wiadomość dotrze. Jeśli kod wraca godzinami, odczytaj z treści przyczynę; jeśli treść podaje adres IP nadawcy, poproś dostawcę poczty lub administratora serwera o sprawdzenie go na czarnych listach, np. Spamhaus.

code-451-summary = Operacja przerwana: na serwerze wystąpił błąd lokalny
code-451-causes = Serwer napotkał tymczasowy błąd podczas obsługi wiadomości, np. był przeciążony albo nie mógł dokończyć którejś ze swoich kontroli (takiej jak sprawdzenie rekordu SPF domeny nadawcy). To nie Twoja wina.
code-451-action = Spróbuj ponownie później; serwer wysyłający robi to sam. Jeśli problem się powtarza, prześlij pełną treść błędu dostawcy poczty albo, w przypadku własnego serwera, jego administratorowi.

code-452-summary = Brak miejsca albo zbyt wiele wiadomości lub odbiorców naraz
code-452-causes = Serwerowi, który odpowiada, brakuje miejsca (RFC 5321), skrzynce odbiorcy skończyło się miejsce (4.2.2) albo jedna wiadomość ma zbyt wielu odbiorców (4.5.3). Serwery wysyłają ten kod także wtedy, gdy w krótkim czasie wysłano zbyt wiele wiadomości.
code-452-action =
    Przy 4.2.2 odbiorca musi zwolnić miejsce. Przy 4.5.3 wysyłaj wiadomość do mniejszej liczby odbiorców
    naraz. Jeśli kod przyszedł podczas wysyłania z serwera dostawcy { $provider }, trzymaj się jego
    limitów: { $hourly-account-limit } { $hourly-account-limit ->
        [one] wiadomość
        [few] wiadomości
       *[many] wiadomości
    } na godzinę z jednej skrzynki i { $hourly-ip-limit } na godzinę z jednego adresu IP.

code-454-summary = Tymczasowy błąd logowania: serwer nie mógł dokończyć logowania
code-454-causes = Chwilowy błąd po stronie serwera (RFC 4954): nie udało się dokończyć logowania, TLS jest chwilowo niedostępny (RFC 3207) albo – w Postfiksie jako 454 4.7.1 – przekazywanie poczty do tej domeny jest na razie odrzucane (program się nie zalogował). Gmail podaje przy nim „Too many login attempts”.
code-454-action = Odczekaj kilka minut i spróbuj ponownie. Jeśli błąd wraca, sprawdź logowanie w programie pocztowym: pełny adres e-mail jako nazwa użytkownika, aktualne hasło i włączona opcja „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”.

code-455-summary = Serwer nie może obsłużyć parametrów: nie może użyć ustawień
code-455-causes = Serwer odbiorcy chwilowo nie może obsłużyć opcji przesłanych razem z adresami. To tymczasowy problem po stronie odbiorcy.
code-455-action = Odczekaj chwilę i spróbuj ponownie. Jeśli problem się powtarza, odbiorca powinien poprosić administratorów swojego serwera pocztowego o sprawdzenie przyczyny.

## 5xx

code-500-summary = Błąd składni: serwer nie rozpoznał polecenia
code-500-causes = Serwer otrzymał polecenie, którego nie rozumie. Często winny jest program antywirusowy lub zapora sieciowa na komputerze nadawcy, które ingerują w ruch pocztowy.
code-500-action = Sprawdź program antywirusowy i zaporę sieciową, np. wyłącz w nich skanowanie poczty wychodzącej, i spróbuj ponownie. Sprawdź też ustawienia serwera poczty wychodzącej w programie pocztowym.

code-501-summary = Błąd składni w parametrach: część polecenia była nieprawidłowa
code-501-causes = Część polecenia była nieprawidłowa, najczęściej adres odbiorcy z literówką lub w złym formacie. Przyczyną może być też program antywirusowy lub zapora sieciowa na komputerze nadawcy.
code-501-action = Sprawdź adres odbiorcy litera po literze (bez spacji, dokładnie jeden znak @). Jeśli jest poprawny, sprawdź program antywirusowy i zaporę sieciową, a potem spróbuj ponownie.

code-502-summary = Polecenie nieobsługiwane: serwer nie oferuje tej funkcji
code-502-causes = Serwer rozpoznaje polecenie użyte przez Twój program pocztowy, ale ta funkcja jest wyłączona w konfiguracji serwera.
code-502-action = Skontaktuj się z dostawcą poczty lub administratorem serwera i podaj pełną treść błędu oraz nazwę swojego programu pocztowego. Powiedzą Ci, jakie ustawienia obsługuje serwer.

code-503-summary = Zła kolejność poleceń: serwer oczekiwał najpierw innego kroku
code-503-causes = Polecenia przyszły w złej kolejności. Najczęściej program pocztowy próbował wysłać wiadomość bez logowania albo zalogować się przed włączeniem szyfrowania (serwer pozwala się zalogować dopiero po STARTTLS). „Valid RCPT command must precede DATA” oznacza, że wszystkich odbiorców już odrzucono: właściwy błąd jest w wierszu wcześniej.
code-503-action = W programie pocztowym włącz opcję „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”, z pełnym adresem e-mail jako nazwą użytkownika i aktualnym hasłem, i wybierz STARTTLS na porcie 587 lub SSL/TLS na porcie 465. Jeśli w treści jest mowa o RCPT lub DATA, poszukaj wcześniejszego błędu dotyczącego odbiorców.

code-504-summary = Parametr polecenia nieobsługiwany: serwer nie przyjmuje metody logowania lub opcji
code-504-causes = Najczęściej program pocztowy wybrał metodę logowania, której serwer nie oferuje (RFC 4954), np. bezpieczne uwierzytelnianie hasła (SPA), NTLM lub CRAM-MD5. Własny serwer może też odrzucić nazwę HELO, która nie jest pełną nazwą hosta.
code-504-action = W ustawieniach serwera poczty wychodzącej w programie pocztowym wybierz zwykłe hasło przez SSL/TLS lub STARTTLS i wyłącz opcję „Wymagaj logowania przy użyciu bezpiecznego uwierzytelniania hasła (SPA)”. Na własnym serwerze ustaw nazwę HELO (w Postfiksie myhostname) na pełną nazwę hosta.

code-521-summary = Nie przyjmuje poczty: serwer odbiorcy nie odbiera e-maili
code-521-causes = Serwer, z którym nawiązano połączenie, deklaruje, że nigdy nie przyjmuje poczty. Domena odbiorcy może nie mieć skonfigurowanej poczty, jej rekordy MX (wskazujące serwery pocztowe) mogą prowadzić w złe miejsce albo jej serwer nie działa.
code-521-action = Sprawdź, czy adres odbiorcy, zwłaszcza część po @, jest poprawnie zapisany. Jeśli tak, skontaktuj się z odbiorcą w inny sposób: konfigurację poczty muszą naprawić administratorzy jego domeny.

code-530-summary = Wymagane uwierzytelnienie: przed wysłaniem musisz się zalogować
code-530-causes = Serwer wysyła pocztę tylko dla zalogowanych użytkowników, a program pocztowy się nie zalogował. Często logowanie jest wyłączone w ustawieniach albo zapisane hasło wymaga aktualizacji.
code-530-action = Sprawdź logowanie w programie pocztowym: pełny adres e-mail jako nazwa użytkownika, aktualne hasło i włączona opcja „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”. Potem spróbuj ponownie.

code-534-summary = Mechanizm uwierzytelniania zbyt słaby dla tego serwera
code-534-causes = Program pocztowy próbował się zalogować metodą, którą serwer uznaje za zbyt słabą, np. wysyłając hasło przez nieszyfrowane połączenie.
code-534-action = W programie pocztowym włącz szyfrowane połączenie (SSL/TLS) dla serwera poczty wychodzącej albo wybierz inną metodę logowania. Zostaw pełny adres e-mail jako nazwę użytkownika i aktualne hasło.

code-535-summary = Uwierzytelnienie nieudane: nie przyjęto nazwy użytkownika lub hasła
code-535-causes = Serwer odrzucił dane logowania. Zwykle hasło jest błędne lub nieaktualne albo nazwa użytkownika nie jest pełnym adresem e-mail.
code-535-action = Sprawdź logowanie w programie pocztowym: pełny adres e-mail jako nazwa użytkownika, aktualne hasło i włączona opcja „Mój serwer wychodzący (SMTP) wymaga uwierzytelniania”. Potem spróbuj ponownie.

code-538-summary = Wymagane szyfrowanie: ta metoda logowania wymaga szyfrowania
code-538-causes = Serwer dopuszcza wybraną metodę logowania tylko przez szyfrowane połączenie, a program pocztowy połączył się bez szyfrowania.
code-538-action = W ustawieniach serwera poczty wychodzącej w programie pocztowym włącz szyfrowanie (SSL/TLS) i użyj przeznaczonego do tego portu. Potem spróbuj ponownie.

code-550-summary = Skrzynka niedostępna: serwer odmówił doręczenia na ten adres
code-550-causes = Najczęściej adres nie istnieje lub zawiera literówkę. Serwer może też odmówić ze względu na swoje zasady, np. ochronę przed spamem, albo dlatego, że serwer odbiorcy ma problem z zaporą sieciową lub z połączeniem.
code-550-action = Sprawdź adres odbiorcy, popraw ewentualną literówkę i wyślij ponownie. Jeśli adres jest poprawny, zapytaj odbiorcę inną drogą, czy adres nadal działa i czy jego serwer nie blokuje Twojej poczty.

code-551-summary = Użytkownik nie jest lokalny: serwer nie przekaże wiadomości dalej
code-551-causes = Skrzynki odbiorcy nie ma na tym serwerze, a serwer, chroniąc się przed spamem, nie przekazuje poczty na inne serwery. Odpowiedź może podpowiadać inny adres.
code-551-action = Sprawdź adres odbiorcy. Jeśli odpowiedź podaje inny adres, wyślij wiadomość na niego; w przeciwnym razie skontaktuj się ze swoim dostawcą i podaj pełną treść błędu.

code-552-summary = Przekroczono limit miejsca lub rozmiaru: skrzynka jest pełna albo wiadomość za duża
code-552-causes = Skrzynka odbiorcy zajęła całe dostępne miejsce albo wiadomość jest większa, niż pozwala serwer odbiorcy (5.3.4). Niektórzy dostawcy wysyłają 552 także przy odrzuconym załączniku lub treści (Gmail 5.7.0) albo przy spamie (5.2.0).
code-552-action = Przeczytaj kod rozszerzony i treść: przy 5.2.2 poproś odbiorcę inną drogą o zwolnienie miejsca; przy 5.3.4 wyślij mniejsze załączniki albo zamiast nich link; przy odrzuceniu treści usuń wskazany załącznik.

code-553-summary = Niedozwolona nazwa skrzynki: adres jest nieprawidłowy
code-553-causes = Serwer odrzuca adres, ponieważ jest nieprawidłowy, najczęściej z powodu literówki lub złego formatu.
code-553-action = Sprawdź, czy w adresie odbiorcy i w Twoim adresie nadawcy nie ma literówek, zbędnych spacji ani brakujących części. Popraw błąd i wyślij ponownie.

code-554-summary = Transakcja nieudana: serwer odrzucił wiadomość
code-554-causes = Serwer odbiorcy ostatecznie odrzucił wiadomość. Najczęściej IP serwera wysyłającego jest na czarnej liście albo adres nadawcy lub odbiorcy był niedozwolony. Jeśli serwer wysyła ten kod na powitanie, nie obsługuje poczty.
code-554-action = Poproś dostawcę poczty lub administratora serwera o sprawdzenie, czy IP serwera wysyłającego nie jest na czarnej liście, np. Spamhaus. Upewnij się, że wiadomość nie wygląda na spam, a adres odbiorcy jest poprawny.

code-555-summary = Nierozpoznane lub nieobsługiwane parametry MAIL FROM lub RCPT TO
code-555-causes = Serwer nie obsługuje opcji, którą program pocztowy dodał do adresu nadawcy lub odbiorcy, np. SIZE=, BODY=8BITMIME, SMTPUTF8 lub NOTIFY= (RFC 5321). Poradnik dostawcy { $provider } jako przyczynę podaje też przekroczenie jego limitów wysyłki.
code-555-action =
    Sprawdź adresy w polach Od i Do oraz zaawansowane opcje wysyłania w programie pocztowym. Trzymaj się
    też limitów wysyłki dostawcy { $provider }: { $hourly-account-limit } { $hourly-account-limit ->
        [one] wiadomość
        [few] wiadomości
       *[many] wiadomości
    } na godzinę z jednej skrzynki i { $hourly-ip-limit } na godzinę z jednego adresu IP.

code-556-summary = Domena nie przyjmuje poczty: domena odbiorcy nie odbiera e-maili
code-556-causes = Domena odbiorcy ogłosiła, że w ogóle nie odbiera poczty (za pomocą tzw. pustego rekordu MX, null MX), więc żaden serwer nie doręczy do niej wiadomości.
code-556-action = Sprawdź, czy w części adresu po @ nie ma literówki. Jeśli jest poprawna, skontaktuj się z odbiorcą w inny sposób; zmienić to mogą tylko administratorzy domeny.

## Klasy (pierwsza cyfra)

class-positive = Sukces
class-intermediate = Oczekiwanie na dalsze dane
class-transient = Błąd tymczasowy
class-permanent = Błąd trwały

class-positive-retry = Gotowe: krok się powiódł, więc nie ma czego ponawiać.
class-intermediate-retry = Jeszcze nie koniec: serwer czeka na kolejną część rozmowy.
class-transient-retry = Problem tymczasowy: jeśli kod jest w zwrotce lub w logu poczty, serwer wysyłający sam ponowi próbę; jeśli pokazał go program pocztowy, wyślij wiadomość ponownie później.
class-transient-final = Formalnie problem tymczasowy, ale serwer zapowiada, że ponowne próby się nie powiodą, dopóki przyczyna nie zostanie usunięta.
class-permanent-retry = Problem trwały: ponowna wysyłka tej samej wiadomości da ten sam błąd, dopóki przyczyna nie zostanie usunięta.

class-positive-action = Nie trzeba nic robić: serwer wykonał to, o co go poproszono.
class-intermediate-action = Nie trzeba nic robić: to normalny etap, a program pocztowy sam działa dalej.
class-transient-action = Odczekaj chwilę i spróbuj ponownie. Jeśli ten sam kod wciąż wraca, prześlij pełną treść błędu swojemu dostawcy poczty.
class-permanent-action = Przeczytaj tekst dołączony do kodu i popraw to, na co wskazuje, często adres lub ustawienia programu pocztowego. Jeśli nie jest to jasne, prześlij pełną treść błędu dostawcy poczty.

## Kategorie (druga cyfra)

class-category-0 = składnia polecenia
class-category-1 = informacja lub pomoc
class-category-2 = połączenie
class-category-3 = temat nieokreślony (nieużywany w standardzie)
class-category-5 = system pocztowy, np. stan skrzynki

## Kto ma działać

code-who-sender = Ty, czyli nadawca
code-who-sender-provider = Twój dostawca poczty lub administrator serwera
code-who-recipient-side = Odbiorca lub administratorzy jego serwera pocztowego
code-who-nobody = Nikt: nie trzeba nic robić

## Kody spoza katalogu

code-unknown-summary = Kodu { $code } nie ma w katalogu. Sądząc po cyfrach, to odpowiedź typu „{ $class }”; dotyczy: { $category }.
