### SMTP enhanced status codes (Polish).

## X.0 Other

enhanced-subject-0 = Inne lub nieokreślone

enhanced-0-0 = Ogólny komunikat serwera bez bliższego określenia, czego dotyczy.

## X.1 Addressing

enhanced-subject-1 = Adresowanie

enhanced-1-0 = Komunikat dotyczy adresu nadawcy lub odbiorcy; serwer nie podał szczegółów.
enhanced-1-1 = Na serwerze docelowym nie ma skrzynki o tym adresie (np. literówka w nazwie).
enhanced-1-2 = Domena w adresie odbiorcy (część po @) nie istnieje lub nie przyjmuje poczty.
enhanced-1-3 = Adres odbiorcy jest zapisany niepoprawnie, np. brakuje @ lub są w nim złe znaki.
enhanced-1-4 = Adres odbiorcy jest niejednoznaczny – pasuje do kilku skrzynek naraz.
enhanced-1-5 = Adres odbiorcy jest prawidłowy.
enhanced-1-6 = Odbiorca nie używa już tego adresu, a serwer nie zna nowego, by przekazać pocztę.
enhanced-1-7 = Adres nadawcy jest zapisany niepoprawnie, np. brakuje @ lub są w nim złe znaki.
enhanced-1-8 = Domena w adresie nadawcy nie istnieje lub nie może przyjmować poczty zwrotnej.
enhanced-1-9 = Wiadomość przekazano do systemu, który może nie zgłaszać wyników doręczenia.
enhanced-1-10 = Domena odbiorcy ma pusty rekord MX (null MX), więc nie przyjmuje żadnej poczty.

## X.2 Mailbox

enhanced-subject-2 = Skrzynka pocztowa

enhanced-2-0 = Komunikat dotyczy skrzynki odbiorcy; serwer nie podał szczegółów.
enhanced-2-1 = Skrzynka odbiorcy jest wyłączona lub zablokowana i nie przyjmuje wiadomości.
enhanced-2-2 = Skrzynka odbiorcy jest pełna – wykorzystano całe przydzielone jej miejsce.
enhanced-2-3 = Wiadomość jest większa, niż pozwala limit ustawiony dla skrzynki odbiorcy.
enhanced-2-4 = Odbiorca to lista mailingowa, ale nie udało się ustalić adresów jej członków.

## X.3 Mail system

enhanced-subject-3 = System pocztowy

enhanced-3-0 = Komunikat dotyczy systemu pocztowego serwera; serwer nie podał szczegółów.
enhanced-3-1 = System pocztowy serwera jest przepełniony, np. zabrakło miejsca na dysku.
enhanced-3-2 = Serwer chwilowo nie przyjmuje poczty, np. z powodu wyłączania, przeciążenia lub prac serwisowych.
enhanced-3-3 = Serwer nie obsługuje funkcji, których zażądano przy wysyłce tej wiadomości.
enhanced-3-4 = Wiadomość jest za duża dla tego serwera – przekracza jego limit rozmiaru.
enhanced-3-5 = Serwer pocztowy jest źle skonfigurowany i nie może obsłużyć wiadomości.
enhanced-3-6 = Serwer nadał wiadomości inny priorytet niż ten, którego zażądał nadawca.

## X.4 Network and routing

enhanced-subject-4 = Sieć i routing

enhanced-4-0 = Komunikat dotyczy sieci lub trasy wiadomości; serwer nie podał szczegółów.
enhanced-4-1 = Serwer docelowy nie odpowiada na próby połączenia.
enhanced-4-2 = Połączenie z serwerem docelowym zostało zerwane lub działało nieprawidłowo.
enhanced-4-3 = Nie działa usługa potrzebna do ustalenia celu (np. DNS), więc nie wiadomo, dokąd wysłać pocztę.
enhanced-4-4 = Nie da się ustalić drogi do serwera odbiorcy, np. przez brak wpisów DNS domeny.
enhanced-4-5 = System pocztowy jest przeciążony i nie nadąża z obsługą wiadomości.
enhanced-4-6 = Wykryto pętlę: wiadomość krąży między serwerami i nie dociera do celu.
enhanced-4-7 = Minął dopuszczalny czas na doręczenie wiadomości.

## X.5 Mail delivery protocol

enhanced-subject-5 = Protokół doręczania poczty

enhanced-5-0 = Komunikat dotyczy protokołu SMTP; serwer nie podał szczegółów.
enhanced-5-1 = Serwer nie rozpoznał polecenia lub otrzymał je w niewłaściwej kolejności.
enhanced-5-2 = Polecenie zawiera błąd składni, więc serwer go nie zrozumiał.
enhanced-5-3 = Wiadomość ma zbyt wielu odbiorców naraz.
enhanced-5-4 = Polecenie ma nieprawidłowe parametry, np. niedozwoloną wartość.
enhanced-5-5 = Serwery używają niezgodnych wersji protokołu i nie mogą się porozumieć.
enhanced-5-6 = Wiersz wysłany podczas logowania (uwierzytelniania) jest za długi.

## X.6 Message content or media

enhanced-subject-6 = Treść lub format wiadomości

enhanced-6-0 = Komunikat dotyczy treści lub formatu wiadomości; serwer nie podał szczegółów.
enhanced-6-1 = Serwer nie obsługuje rodzaju treści zawartej w wiadomości.
enhanced-6-2 = Wiadomość trzeba przekonwertować do innego formatu, ale konwersja jest niedozwolona.
enhanced-6-3 = Wiadomość trzeba przekonwertować do innego formatu, ale serwer tego nie potrafi.
enhanced-6-4 = Wiadomość przekonwertowano, ale część jej treści przy tym utracono.
enhanced-6-5 = Konwersja wiadomości do innego formatu nie powiodła się.
enhanced-6-6 = Treść wiadomości jest niedostępna – nie udało się jej pobrać ze wskazanego miejsca.
enhanced-6-7 = Adres zawiera znaki spoza ASCII (np. polskie litery), a tu nie jest to dozwolone.
enhanced-6-8 = Serwer musi odpowiedzieć w UTF-8, ale program wysyłający tego nie obsługuje.
enhanced-6-9 = Wiadomości z nagłówkami w UTF-8 nie da się przekazać co najmniej jednemu odbiorcy.
enhanced-6-10 = Wycofany odpowiednik kodu X.6.8: odpowiedź wymaga UTF-8, którego program nie obsługuje.

## X.7 Security or policy

enhanced-subject-7 = Bezpieczeństwo lub zasady serwera

enhanced-7-0 = Komunikat dotyczy bezpieczeństwa lub zasad serwera; serwer nie podał szczegółów.
enhanced-7-1 = Nadawca nie ma zgody na doręczenie tej wiadomości, np. przez blokadę lub zasady serwera.
enhanced-7-2 = Nadawca nie ma prawa wysyłać wiadomości na tę listę mailingową.
enhanced-7-3 = Trzeba by zmienić sposób zabezpieczenia wiadomości, ale nie jest to możliwe.
enhanced-7-4 = Serwer nie obsługuje funkcji bezpieczeństwa wymaganych dla tej wiadomości.
enhanced-7-5 = Nie udało się odszyfrować lub zweryfikować wiadomości, np. przez brak klucza.
enhanced-7-6 = Serwer nie obsługuje algorytmu kryptograficznego użytego w wiadomości.
enhanced-7-7 = Wiadomość nie przeszła kontroli integralności – mogła zostać zmieniona w drodze.
enhanced-7-8 = Nieprawidłowe dane logowania, np. błędna nazwa użytkownika lub hasło.
enhanced-7-9 = Wybrana metoda logowania jest dla tego serwera zbyt słabo zabezpieczona.
enhanced-7-10 = Do tej metody logowania potrzebne jest szyfrowane połączenie (np. TLS).
enhanced-7-11 = Wybrana metoda logowania działa tylko przez połączenie szyfrowane TLS.
enhanced-7-12 = Trzeba raz zalogować się zwykłym hasłem, by móc używać wybranej metody logowania.
enhanced-7-13 = Konto, na które się logujesz, jest wyłączone.
enhanced-7-14 = Serwer musi mieć ustaloną relację zaufania z innym serwerem, by pobrać treść.
enhanced-7-15 = Priorytet wiadomości jest niższy niż najniższy, jaki serwer akceptuje.
enhanced-7-16 = Wiadomość jest za duża jak na wybrany dla niej priorytet.
enhanced-7-17 = Skrzynka odbiorcy zmieniła właściciela od czasu, gdy nadawca sprawdził adres (RRVS).
enhanced-7-18 = Domena odbiorcy zmieniła właściciela od czasu, gdy nadawca sprawdził adres (RRVS).
enhanced-7-19 = Nie da się wykonać testu RRVS, który sprawdza, czy adres nie zmienił właściciela.
enhanced-7-20 = Wiadomość nie ma żadnego podpisu DKIM, który przeszedłby weryfikację.
enhanced-7-21 = Wiadomość ma podpisy DKIM, ale żaden nie spełnia wymagań serwera odbiorcy.
enhanced-7-22 = Brak poprawnego podpisu DKIM domeny, która widnieje w adresie nadawcy (pole Od).
enhanced-7-23 = Weryfikacja SPF nie powiodła się: ten serwer nie może wysyłać poczty w imieniu domeny nadawcy.
enhanced-7-24 = Błąd podczas sprawdzania SPF, np. rekord SPF domeny jest błędny lub DNS nie odpowiada.
enhanced-7-25 = Adres IP serwera nadawcy nie ma poprawnego wpisu odwrotnego DNS.
enhanced-7-26 = Nie powiodło się kilka kontroli uwierzytelnienia naraz, np. SPF i DKIM lub DMARC.
enhanced-7-27 = Domena nadawcy ma pusty rekord MX (null MX), więc nie może odbierać odpowiedzi.
enhanced-7-28 = Wiadomość wygląda na część zalewu podobnych wiadomości, np. spamu lub innych nadużyć.
enhanced-7-29 = Nie powiodła się weryfikacja ARC, czyli łańcucha podpisów dodanych przez serwery przekazujące wiadomość.
enhanced-7-30 = Wiadomość wymaga REQUIRETLS (szyfrowania na całej trasie), a kolejny serwer po drodze tego nie obsługuje.
