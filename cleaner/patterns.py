"""Families of boilerplate phrases, in several languages, compiled once.

Each pattern matches a whole short line (after its list marker is stripped), never a word
inside prose: a line is only tested when it is short (see ``MAX_CHROME_WORDS``).
"""

from __future__ import annotations

import re

from cleaner.casefold import needle_text
from cleaner.linepattern import LinePattern, Prefiltered, Source


def _whole_line(*alternatives: str, needed: bool = False) -> LinePattern:
    body = "|".join(f"(?:{a})" for a in alternatives)
    template = r"^\W*(?:{})\W*$"
    source = Source(template.format(body), re.IGNORECASE)
    return LinePattern(source, alternatives, template, needed=needed)


def _line_start(*alternatives: str) -> LinePattern:
    body = "|".join(f"(?:{a})" for a in alternatives)
    template = r"^\W*(?:{})\b"
    return LinePattern(Source(template.format(body), re.IGNORECASE), alternatives, template)


#: A line this long or longer is prose, not a control (chrome lines in the development set
#: have at most 12 words; sentences in article bodies average about 22).
MAX_CHROME_WORDS = 14

SKIP_LINK = _whole_line(
    r"skip (?:to|navigation)(?: (?:the )?(?:main )?(?:content|navigation|search|footer|menu))?",
    r"jump to (?:main )?(?:content|navigation)",
    r"(?:zum|direkt zum|weiter zum) (?:haupt)?inhalt|zur navigation|inhalt überspringen",
    # Several skip links on one line: "Zum Inhalt springen Zur Hauptnavigation springen Zur
    # Fußzeile springen", "Skip to content Skip to navigation" (4 lines in the dev and
    # snippets pages' inscriptis, bs4 and lynx dumps; none in gold).
    r"(?:(?:(?:direkt )?zu[mr] (?:haupt)?(?:inhalt|navigation|fußzeile|suche|menü)"
    r"(?: springen| wechseln)?|skip to (?:the )?(?:main )?(?:content|navigation|search|footer"
    r"|menu))\W*){2,5}",
    r"aller au contenu(?: principal)?|passer au contenu|saltar al contenido(?: principal)?",
    r"ir al contenido(?: principal)?|vai al contenuto|ir para o conteúdo|przejdź do treści",
    r"перейти к (?:содержанию|контенту)|naar (?:de )?(?:hoofd)?inhoud",
    r"(?:weiter zum|zum) (?:sekundär|haupt)(?:inhalt|menü|navigation)",
    r"main (?:content|navigation|menu)|hauptmenü|hauptnavigation|toggle navigation",
    r"back to top|nach oben|retour en haut|volver arriba|torna su|наверх",
)

SHARE = _whole_line(
    r"(?:share|tweet|pin|email|e-mail|print|save|like|send)(?: (?:this|it|story|article|page|on \w+|via \w+|to \w+))*",
    r"(?:share|teilen|partager|compartir|condividi|compartilhar|udostępnij|поделиться|delen)"
    r"(?: (?:this|on|auf|sur|en|su|via|em|na|в)\b.*)?",
    r"(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|x)"
    r"(?:\W+(?:facebook|twitter|linkedin|whatsapp|telegram|reddit|pinterest|email|e-mail|print|x|share|tweet|copy link|comments?))*",
    r"(?:drucken|versenden|artikel (?:drucken|versenden|teilen)|imprimer|imprimir|stampa|drukuj)",
    r"(?:copy|copied) (?:link|url)|link (?:kopieren|copied)|copier le lien|copiar (?:el )?enlace",
    r"(?:text|font) size|schriftgröße|\+?a\s*-?a|a\+? ?a-?",
    r"teilen sie dies mit|partagez ceci|comparte esto|condividi questo|udostępnij to",
    r"(?:like|gefällt mir|j'aime|me gusta|mi piace|lubię to)(?: this)?:?"
    r"(?: (?:loading|wird geladen|chargement|cargando|caricamento|wczytywanie)\W*)?",
    r"liken|lade …|(?:rate this|bewerten|bewerte das|évaluez ceci|califica esto):?",
    r"(?:\d+|%d|one) (?:bloggers? like|bloggern gefällt|blogueurs aiment|blogueros les gusta)"
    r" (?:this|das|ceci|esto)\W*",
    # "Liked this post?", "Artikel gefallen? Vergiss nicht zu teilen!"; a recipe's buttons.
    r"(?:(?:artikel|beitrag|post|article) gefallen\?|(?:liked|enjoyed) this (?:article|post"
    r"|story)\?|(?:vous avez aimé|te gustó) (?:cet article|este artículo)\?).{0,60}",
    r"(?:(?:jump|skip) to recipe|print recipe|pin recipe|save recipe|rezept (?:drucken|speichern"
    r"|merken)|zum rezept(?: springen)?|imprimer la recette|imprimir (?:la )?receta)"
    r"(?:\W*(?:(?:jump|skip) to recipe|print recipe|pin recipe|rezept drucken|zum rezept))*",
    # Bookmark and feed buttons: "Add to My Yahoo!", "Add to del.icio.us", "Add to Favorites"
    # (40 whole lines in the five dumps of the development pages and the snippets pages, more
    # as w3m column pieces; none in a gold body or a gold_with snippet).
    r"(?:add to (?:my )?(?:yahoo!?|google(?: reader| bookmarks)?|igoogle|msn|netvibes"
    r"|bloglines|newsgator|del\.icio\.us|delicious|digg|favou?rites|reddit|facebook|technorati)"
    r"(?: or homepage)?\W*)+",
)

SOCIAL_FOLLOW = _line_start(
    r"(?:follow|join|like|find|connect with|subscribe to) (?:us|me|our \w+|\w+) (?:on|at|in|via)\b",
    r"join (?:us on |our )?(?:telegram|whatsapp|discord|facebook|twitter|instagram|youtube)",
    r"(?:folge|folgen sie|folgt) (?:uns|\w+) (?:auf|bei)\b",
    r"suivez[- ]nous|síguenos|seguici|siga-nos|obserwuj nas|подпишитесь на (?:нас|наш)",
    r"(?:follow|join) (?:\w+ )?on (?:telegram|twitter|facebook|instagram|whatsapp)",
    r"follow (?:[\w.@'’-]+ ){1,4}on (?:twitter|facebook|instagram|telegram|linkedin|youtube"
    r"|tiktok|threads|bluesky)\b|siguenos\b",
    r".{0,60}\b(?:tenemos|únete a nuestro|unisciti al nostro|rejoignez notre|tritt unserem)"
    r" (?:canal|canale|chaîne|kanal) (?:de |en |su |sur |auf )?(?:telegram|whatsapp|youtube)",
    # After a sentence of its own: "... o seguir a Materia en Facebook", "nuestro canal de
    # YouTube".
    r".{0,80}\b(?:seguir a|síguenos en|folgen sie uns auf|suivez-nous sur) .{0,40}\b(?:facebook"
    r"|twitter|instagram|telegram|youtube|tiktok)\b|.{0,60}\b(?:nuestro|unser(?:em|en)?|notre"
    r"|nostro) (?:canal|kanal|chaîne|canale) (?:de |en |auf |sur |su )?(?:telegram|whatsapp"
    r"|youtube)\b",
)

SUBSCRIBE = _line_start(
    r"(?:sign[- ]?up|subscribe|register|join)(?: now| today| free| here)?(?: (?:for|to) (?:our|the|free|daily|weekly|\w+'s)\b| for free\b|$)",
    r"(?:get|receive) (?:our|the) (?:\w+ )?(?:newsletter|daily|weekly|briefing|alerts?)",
    r"newsletter|(?:daily|weekly|morning|evening) (?:newsletter|briefing|digest)",
    r"(?:[\w&'’-]+ ){1,4}newsletter\W*$|sign up to (?:get|receive)\b"
    r"|verpasse(?:n sie)? keine (?:news|nachrichten|artikel|beiträge|neuigkeiten)",
    r"(?:jetzt )?(?:newsletter )?(?:abonnieren|abonnement)|abonnez-vous|inscrivez-vous"
    r"|suscríbete|suscribirse|iscriviti|assine|zapisz się|zaprenumeruj|подписаться|подпишитесь",
    r"already (?:a )?subscriber|(?:become|are you) a (?:subscriber|member)|subscriber only"
    r"|subscribers? only|for subscribers|premium (?:content|article)|unlock (?:this|full)",
    r"(?:download|get) (?:the|our) (?:\w+ )?app|(?:available|get it) on (?:the )?(?:app store|google play)",
    r"to (?:read|continue reading|view|access) (?:this|the (?:full|whole|rest of (?:the|this))) "
    r"(?:article|story|content)|(?:click|tap) here to (?:sign up|subscribe|register)",
    r"um (?:diesen|den vollständigen) (?:artikel|beitrag|text) (?:zu lesen|weiterzulesen)"
    r"|pour (?:lire|continuer à lire) (?:cet|la suite de cet) article"
    r"|para (?:leer|seguir leyendo) (?:este|el) artículo",
    # A sign-up form's answers: 15 such lines in the development pages, none in gold.
    r"thanks? (?:you )?for (?:signing up|subscribing)|there was an error processing your"
    r" subscription|you(?:'re| are) (?:now )?subscribed|danke für (?:ihre|deine) anmeldung"
    r"|merci (?:pour votre|de votre) inscription|gracias por (?:suscribirte|registrarte)",
    # Newsletter pitches and paywall offers in several languages.
    r"(?:[\w&'’]+ ){0,3}[\w&'’]+-newsletter(?:\W*$|\s*:\s*)"
    r"|.{0,80}\bstraight (?:to|into) your inbox\b"
    r"|.{0,80}\bdirekt in (?:ihr|dein) (?:e-mail-)?postfach\b"
    r"|.{0,80}\bdans votre boîte (?:mail|e-mail|de réception)\b"
    r"|.{0,80}\ben tu (?:bandeja de entrada|correo)\b",
    r"wir informieren sie regelmäßig|immer aktuell informiert|mit der anmeldung (?:stimme|akzeptiere)"
    r"|zapraszamy (?:też |również )?do (?:subskrypcji|prenumeraty)",
    # Sign-up forms: consent, e-mail fields, "delivered to your inbox".
    r"ich bin damit einverstanden,? (?:dass|personalisierte|e-mails|den newsletter|regelmäßig)"
    r"|.{0,100}\benter your e-?mail(?: address)? (?:below|here|to)\b|.{0,100}\bdelivered"
    r" (?:straight |directly )?to (?:your|their) inbox|.{0,100}\bstraight to your (?:phone"
    r"|device)|.{0,100}\bsuoraan sähköpostiisi|votre adresse (?:de messagerie|e-?mail)"
    r" (?:est uniquement|sera uniquement|ne sera)",
    r".{0,80}\b(?:you(?:'|’)re|you are) already a (?:subscriber|member)\b",
    # Browser notification prompts and donation pitches.
    r"benachrichtigung(?:en)? (?:aktivieren|erlauben|zulassen)|dürfen wir sie .{0,80}benachrichtigen"
    r"|(?:enable|allow|turn on) (?:push )?notifications|activer les notifications"
    r"|activar (?:las )?notificaciones",
    r"(?:jetzt )?unterstützen sie (?:uns|unsere arbeit|unabhängigen journalismus)|ihr beitrag"
    r" hilft,? unsere|support (?:our|independent|quality) journalism|(?:please )?(?:donate|make a"
    r" donation) (?:to|today|now)\b|apoya (?:nuestro|el) periodismo|soutenez (?:notre|le) journalisme",
    r"(?:to (?:view|read) the full (?:story|article),? )?please (?:subscribe|log in|sign in)\b"
    r"|(?:immediate|instant|unlimited) (?:online |digital )?access to (?:all|the full|every)\b",
)

LOGIN = _whole_line(
    r"(?:log ?in|sign ?in|log ?out|sign ?out|register|my account|create (?:an )?account)"
    r"(?:\s*(?:/|\||or|and)\s*(?:log ?in|sign ?in|register|sign ?up|create (?:an )?account))*",
    r"(?:anmelden|einloggen|abmelden|registrieren|mein konto)(?:\s*(?:/|\||oder)\s*\w+)*",
    r"(?:se connecter|connexion|s'inscrire|mon compte|iniciar sesión|registrarse|mi cuenta)",
    r"(?:accedi|registrati|entrar|zaloguj(?: się)?|войти|вход|регистрация)",
    r"(?:username|password|forgot (?:your )?password\??|remember me|passwort vergessen\??)",
    # "Log in to track your discussions.", "Please sign in to comment.", "login or register
    # to post a comment.": 91 such lines on the dev and snippet pages (all dumps), none in
    # a gold body.
    r"(?:please )?(?:log ?in|sign ?in|register)(?: or (?:log ?in|sign ?in|register))? to"
    r" (?:track|comment|reply|post|join|follow|save|rate|vote|continue)\b.{0,60}",
    r"(?:bitte )?(?:melden sie sich an|einloggen|anmelden),? um (?:zu )?(?:kommentieren|antworten)"
    r".{0,40}|connectez-vous pour (?:commenter|répondre).{0,40}",
)

COOKIE = _line_start(
    r"(?:this|our) (?:web)?site uses cookies|we use cookies|by (?:using|continuing)"
    r" (?:to (?:use|browse) )?(?:this|our) (?:web)?site",
    r"(?:accept|allow|manage|reject) (?:all )?cookies|cookie (?:policy|settings|preferences|consent)",
    r"diese (?:web)?seite (?:verwendet|nutzt) cookies|wir (?:verwenden|nutzen) cookies",
    r"ce site utilise des cookies|nous utilisons des cookies|utilizamos cookies"
    r"|korzystamy z (?:plików )?cookies|używamy (?:plików )?cookies"
    r"|este sitio (?:web )?utiliza cookies|questo sito utilizza (?:i )?cookie",
    r"(?:strona|serwis) (?:korzysta|używa) (?:z )?(?:plików )?cookie|мы используем (?:файлы )?cookie",
    # A form's consent box: "Ich habe die Datenschutzhinweise gelesen und akzeptiere diese",
    # "I have read and accept the privacy policy", "J'ai lu et j'accepte la politique de
    # confidentialité", "He leído y acepto la política de privacidad" (4 lines in the dev and
    # snippets pages' inscriptis, bs4 and lynx dumps, none in gold).
    r"ich habe die datenschutz\w* (?:gelesen|zur kenntnis genommen)|i have read and (?:accept"
    r"|agree to) the privacy|j'ai lu et (?:j'accepte|accepte) la politique de confidentialité"
    r"|he leído y acepto la política de privacidad",
)
#: A cookie notice after a sentence of its own: "Zachęcamy do odwiedzin. Informujemy, że
#: korzystamy z cookies." Searched anywhere in a line, after its needed word.
COOKIE_MENTION = LinePattern(
    re.compile(
        r"\b(?:korzystamy z|używamy) (?:plików )?cookies?\b|\b(?:this (?:web)?site uses|we use"
        r"|wir verwenden|wir nutzen|diese (?:web)?seite verwendet|nous utilisons(?: des)?|utilizamos)"
        r" cookies\b",
        re.IGNORECASE,
    ),
    needed=True,
)

FEEDBACK = _whole_line(
    r"submit a letter to the editor|leserbrief schreiben"
    r"|we want to hear what you think about this (?:article|story)\b.*",
    r"found (?:a|an) (?:bug|error|typo|mistake)\??(?: .*)?",
    r"(?:report|send) (?:a |an )?(?:bug|error|typo|correction|feedback)",
    r"(?:fehler|tippfehler) (?:gefunden|melden)\??|našli jste chybu\??|нашли ошибку\??"
    r"|(?:signaler|signalez) une erreur|reportar (?:un )?error",
    r"(?:was this|is this) (?:article|page|story) (?:helpful|useful)\??(?: yes no)?",
)

NAVIGATION = _whole_line(
    # An e-book's download links: "Télécharger au format EPUB".
    r"(?:télécharger|download|herunterladen|descargar|scarica)\b.{0,30}\b(?:au format|as|als"
    r"|en formato|in formato|im format)\s+(?:pdf|epub|mobi|kindle)",
    # Section labels that head contacts, sources or a table of contents.
    r"weitere informationen|inhaltsverzeichnis|table of contents|quellenangaben|quellen"
    r"|ansprechpartner(?:in)?|kontaktperson|sommaire|índice|spis treści",
    # An embed's placeholder.
    r"externer inhalt|external content|contenu externe|contenido externo|contenuto esterno",
    # An image's controls ("Bild anzeigen Bild schließen", "Click to enlarge").
    r"(?:(?:bild|foto|grafik|image|photo|imagen|immagine) (?:anzeigen|schließen|vergrößern"
    r"|öffnen|enlarge|zoom)(?:\s+(?:bild|foto) (?:anzeigen|schließen))?|(?:zum )?vergrößern"
    r"(?: (?:auf|das) .{0,20})? klicken|click (?:to|here to) (?:enlarge|zoom)"
    r"|(?:cliquez pour )?agrandir (?:l'image|la photo)|ampliar (?:imagen|foto)|vergrößern)",
    # A download link with its size: "PDF | 85,3 KB", "Download: mp3 (30 MB) m4a (24 MB)".
    r".{0,80}(?<![^\W\d_])(?:pdf|docx?|xlsx?|pptx?|zip|mp3|m4a)\s*[|,(]\s*\d+(?:[.,]\d+)?\s*(?:[kmg]i?b"
    r"|kilobyte|megabyte)\b.{0,60}",
    r"(?:previous|next|older|newer|prev)(?: (?:post|page|article|story|entry|posts|entries))?(?: »| ›| →)?",
    r"(?:vorheriger|nächster) (?:beitrag|artikel)|article (?:précédent|suivant)"
    r"|(?:entrada|artículo) (?:anterior|siguiente)|(?:poprzedni|następny) (?:artykuł|wpis)",
    r"(?:page|seite|página|pagina|strona|страница) \d+(?: (?:of|von|de|di|z|из) \d+)?",
    r"(?:home|startseite|accueil|inicio|início|strona główna|главная)",
    r"(?:more|load more|show more|see more|view (?:all|more)|mehr|weitere|plus|más|altro|więcej|ещё|еще)"
    r"(?: (?:stories|articles|news|videos|photos|results))?(?: »| ›| →)?",
    r"(?:search|suche|rechercher|buscar|cerca|szukaj|поиск)(?: for)?(?: \w+)?",
    r"(?:menu|menü|close|schließen|schliessen|fermer|cerrar|chiudi|zamknij|закрыть|open menu)",
    # A spam trap's label: "Leave this field empty if you're human:" (16 lines over the same
    # dumps, none in gold).
    r"(?:leave this field (?:empty|blank)(?: if you(?:'|’)re (?:human|a human))?"
    r"|dieses feld (?:bitte )?leer lassen)",
    r"(?:loading|lädt|chargement|cargando)(?:\.\.\.|…)?",
    # Text-size buttons and trackback links: 24 and 9 lines in the development pages, none
    # in gold.
    r"(?:(?:increase|decrease|reset|larger|smaller) )?(?:font|text) size|trackbacks?(?: ur[il])?"
    r"(?: for this (?:entry|post|article))?"
    r"|schrift(?:größe)? (?:vergrößern|verkleinern)|taille du texte",
    r"post navigation|beitrags-?navigation|navigation des articles|navegación de entradas"
    r"|(?:view|see) all posts by .{1,40}|zeige alle beiträge von .{1,40}",
    # A site's engine and maker credits: "Powered by WordPress.com VIP", "Delivered by
    # FeedBurner", "Fièrement propulsé par WordPress", "Theme by ...": 94 such lines on the
    # development and snippet pages, one of them (with "the world's largest ...") in a gold
    # body, so the credit names a product in at most five words and no article.
    r"(?:proudly |fièrement |mit stolz |stolz )?(?:powered by|delivered by|propulsé par"
    r"|präsentiert von|desarrollado por|funciona con|theme by|site by|website by)"
    r":?(?:\s+(?!(?:the|a|an|our|your|le|la|der|die|das|el)\b)\S+){0,5}",
    r"permalink|(?:view|open) (?:the )?(?:photo )?gallery|(?:bildergalerie|galerie) (?:ansehen|öffnen)",
    # Blog engines' post navigation: "Newer Post Older Post Home", in several languages.
    r"(?:(?:newer|older) posts?\W*){1,2}(?:home)?|(?:(?:neuerer|älterer) post\W*){1,2}(?:startseite)?"
    r"|(?:article plus (?:récent|ancien)\W*){1,2}(?:accueil)?"
    r"|(?:entrada (?:más reciente|antigua)\W*){1,2}(?:(?:página de )?inicio)?"
    r"|(?:postagem (?:mais recente|mais antiga)\W*){1,2}(?:página inicial)?",
    # "You need to have JavaScript enabled to view this page", "Bitte aktivieren Sie
    # JavaScript", "JavaScript est désactivé": notices for browsers without scripts.
    r"(?:[^.!?]{0,60}\s)?(?:(?:have|has|with|without|need|muss) javascript (?:enabled|turned on|aktiviert)"
    r"|javascript (?:is |must be |needs to be |has to be |ist |muss |est |doit être |está |è )"
    r"(?:disabled|required|enabled|turned (?:on|off)|deaktiviert|aktiviert|désactivé|activé"
    r"|desactivado|habilitado|disattivato)|javascript (?:disabled|deaktiviert|désactivé"
    r"|desactivado|wyłączony))\b.*",
    r"(?:please |bitte )?(?:enable|turn on|activate|allow|aktivieren sie|aktiviere|activez|activer"
    r"|habilite|habilita|active|activa|attiva|włącz) (?:the )?javascript.*",
    r"(?:this|our) (?:site|page|website|browser) (?:requires|needs|uses) javascript.*",
    r"[^.!?]{0,60}\b(?:wenn|when|if|si|cuando|se|gdy) javascript (?:aktiviert|enabled"
    r"|activé|está activado|è attivato|jest włączony|is turned on)\b.*",
    # An outdated browser's notice: "Dein Browser ist leider veraltet.", "Your browser is out
    # of date", "Votre navigateur est obsolète". Search boxes' placeholders: "Suchbegriff
    # eingeben", "Enter search term". Over the same dumps: 1 script notice of this form, 2
    # browser notices and 42 placeholders, none in a gold body or a gold_with snippet.
    r"(?:dein|ihr|your|votre|tu|su) (?:web-?)?(?:browser|navigateur|navegador) (?:ist|is|est"
    r"|está) (?:leider |sadly |unfortunately )?(?:veraltet|out of date|outdated|not supported"
    r"|nicht unterstützt|obsolète|desactualizado|obsoleto)\b.*",
    r"(?:suchbegriffe?|search (?:terms?|keywords?)|stichw(?:ort|örter))(?: hier)?(?: eingeben)?"
    r"|(?:enter|type) (?:your )?(?:search (?:terms?|query|keywords?)|keywords?)(?: here)?"
    r"|suche(?:n)? (?:in|auf) \S+(?: suchen)?",
    # A plug-in's notice ("If these are available but disabled, please enable them to view
    # the media"), and the frames lynx lists ("IFRAME: /ads/FMBanner.html"): 22 and 389
    # lines on the dev and snippet pages and the lynx dumps, none in a gold body.
    r"(?:[^.!?]{0,60}\s)?(?:please )?enable (?:it|them|flash|the plug-?in) to (?:view|see|watch"
    r"|play|display)\b.*|iframe:(?:\s+\S+)?",
    r"(?:all rights reserved|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone"
    r"|все права защищены).*",
    r"(?:terms (?:of (?:use|service))?|privacy(?: policy)?|contact(?: us)?|about(?: us)?"
    r"|imprint|impressum|datenschutz(?:erklärung)?|kontakt|mentions légales|aviso legal"
    r"|site ?map|advertise(?: with us)?|careers|faqs?|rss(?: feeds?)?)"
    r"(?:\s*[|·•/,]\s*(?:terms (?:of (?:use|service))?|privacy(?: policy)?|contact(?: us)?"
    r"|about(?: us)?|imprint|impressum|datenschutz(?:erklärung)?|kontakt|site ?map"
    r"|advertise(?: with us)?|careers|faqs?|rss(?: feeds?)?|cookies?(?: policy)?))*",
)

#: Blog lines that run long but are still navigation, of any length: archive counts ("Blog
#: Archive October (18) September (14) ...", up to 183 words on the development pages) and
#: post footers ("This entry was posted in ... Bookmark the permalink.", 19 to 31 words).
#: 16 such lines of over 14 words in the development pages, none in a gold body.
POST_FOOTER = _whole_line(
    r"(?:(?:blog )?(?:archives?|archiv|archivo|archivio|archiwum|blog archive)\W+)?"
    r"[^\W\d]+(?: \d{4})? ?\(\d+\)(?:\W+[^\W\d]+(?: \d{4})? ?\(\d+\)){2,}",
    # "(?:\w.*)?" rather than ".*" after the leading "\W*": the two cannot share a run of
    # punctuation, which made a line of 20,000 dots take seconds.
    r"this entry was posted (?:in|on) .*|(?:\w.*)?bookmark the permalink\W*"
    r"|dieser (?:eintrag|beitrag) wurde (?:am .{1,40} )?veröffentlicht in .*"
    r"|(?:\w.*)?lesezeichen (?:auf den|für den) permalink\W*|cette entrée a été publiée dans .*"
    r"|esta entrada fue publicada en .*",
    r"(?:erstellt|veröffentlicht|geschrieben) am .{1,60}? abgelegt unter .*"
    r"|posted (?:on )?.{1,60}? filed under .*",
    needed=True,
)

#: Sentence openers that a run of capitalised words starts with when it is not a name.
_NOT_A_NAME = r"(?!(?:The|This|It|What|Most|If|Your|Our|When|In|A|An|Der|Die|Das|Le|La|El|Il)\b)"
#: A capitalised word of a name, and names of one to four and of two to four such words.
_WORD = r"[A-ZÀ-Ý][\w'’.-]+"
_NAME = rf"(?-i:{_WORD}(?:\s+{_WORD}){{0,3}})"
_FULL_NAME = rf"(?-i:{_WORD}(?:\s+{_WORD}){{1,3}})"
#: Job words of an author biography, in several languages.
_BIO_ROLE = (
    r"(?:writer|editor|journalist|reporter|author|professor|faculty|lecturer|correspondent"
    r"|contributor|blogger|columnist|freelancer?|photographer|producer|researcher|physician"
    r"|teaches|based in|lives? in|living in|founder|co-?founder|ceo|director|analyst|host"
    r"|creator|redakteur\w*|journalist\w*|autor\w*|korrespondent\w*|lebt in|schreibt"
    r"|rédact\w*|journaliste|periodista|redactor\w*|escritor\w*|giornalista|dziennikar\w*)"
)
#: An author biography: a name of two to four capitalised words (not a sentence opener),
#: "is a / ist / est ...", and a job word in the same sentence. "Jane Smith is a staff
#: writer at The Courier", "Max Muster ist Redakteur im Ressort Wirtschaft".
AUTHOR_BIO = re.compile(
    r"^(?:about the author\W*)?"
    rf"(?-i:{_NOT_A_NAME}){_FULL_NAME}(?:,[^,]{{1,60}},)?"
    r"\s+(?:is|was|has been|ist|war|est|es|è|jest)\s+[^.!?]{0,150}?\b" + _BIO_ROLE + r"\b",
    re.IGNORECASE,
)
_GREETING = r"(?:hallo|hi|hello|hey|servus|moin|bonjour|salut|hola|ciao|cześć)"
_I_AM = r"(?:ich bin|i['’]m|i am|je suis|soy|sono|jestem)"
#: An author introducing themselves, or a biography that says what its author covers:
#: "Hallo, ich bin Foodbloggerin, ...", "Ich bin Steffi, bekennende Tiernärrin ...", "Als
#: Content Marketing Managerin betreue ich den Blog ...", "Evan Halper writes about ...",
#: "Markus Reuter beschäftigt sich mit ...". Only among the last blocks of a page (the
#: ``author_bio`` stage). Development pages: 8 dev lines (1 in a gold body: a reporter's
#: "covers" line that one site runs as the article's last paragraph) and 15 snippets_dev
#: lines (5 gold_without, 1 gold_with: a lawyer's own page, which is all introduction).
SELF_BIO = re.compile(
    rf"^(?:{_GREETING}\b\W{{0,3}}(?:[\w'’]+\W{{1,3}}){{0,3}}?)?{_I_AM}\s+{_NAME},"
    rf"|^{_GREETING}\b\W{{0,3}}{_I_AM}\b"
    r"|^als\s+(?:[\w-]+\s+){0,3}[\w-]+\s+(?:betreue|schreibe|bin|arbeite) ich\b"
    rf"|^(?-i:{_NOT_A_NAME}){_FULL_NAME}\s+(?:beschäftigt sich|schreibt über|writes about"
    r"|covers|berichtet über|s'intéresse|escribe sobre|scrive di)\b",
    re.IGNORECASE,
)
#: An author's contact line: "Ann Lee can be reached at alee@example.com or 555-0100.",
#: "Write to Ann Lee at alee@example.com", "E-mail comments to alee@example.com", "Ann Lee
#: ist erreichbar unter ...", "Ann Lee peut être joint ...". Only among the last blocks of a
#: page (the ``author_bio`` stage). Development pages (inscriptis, bs4, w3m and lynx dumps)
#: and the snippets pages: such lines on 8 pages, none in a gold body nor a ``gold_with``
#: snippet.
AUTHOR_CONTACT = re.compile(
    rf"^(?-i:{_NOT_A_NAME}){_FULL_NAME}\s+(?:can|may) be (?:reached|contacted)\b"
    rf"|^(?-i:{_NOT_A_NAME}){_FULL_NAME}\s+(?:ist|sind)\s+(?:\S+\s+){{0,3}}?(?:erreichbar|zu erreichen)\b"
    rf"|^(?-i:{_NOT_A_NAME}){_FULL_NAME}\s+(?:peut|puede|può) (?:être joint|ser contactad)"
    rf"|^(?:write|e-?mail|schreiben sie|écrire à|escriba a) (?:to )?{_FULL_NAME} (?:at|an|à|a|en):?\s+[\w.+-]+@"
    r"|\be-?mail (?:your )?comments to\b",
    re.IGNORECASE,
)
#: A site or a blog describing itself: "This blog is brought to you by ...", "Dieses Blog
#: ist ...", or a name, "is a / ist ein / est un", up to 4 words and a kind of publication
#: ("Examplemedia is an independent publisher of ...", "Gadgetblog is a blog about ...").
#: Only among the last blocks of a page (the ``author_bio`` stage). Development pages and
#: snippets pages (inscriptis dumps): 36 such lines, none in a gold body nor a ``gold_with``
#: snippet; with "is the" too, one more, in a gold body (an article's "... is the only site
#: that ...").
SITE_BLURB = re.compile(
    r"^(?:this|our|dieser|dieses|unser|ce|notre|este|nuestro|questo|il nostro)\s+(?:blog|site"
    r"|website|web ?site|weblog|magazin\w*|online-magazin|portal)\s+(?:is|was|offers|covers"
    r"|brings|ist|bietet|est|es|è)\b"
    rf"|^(?-i:{_NOT_A_NAME}){_NAME}\s+(?:is|ist|est|es|è)\s+(?:an?|ein\w*|un\w*)\s+"
    r"(?:[\w-]+\s+){0,4}?(?:publisher|blog|website|site|magazine|network|portal|news ?site"
    r"|webzine|verlag|medienhaus|plattform|platform|éditeur|editorial)\b",
    re.IGNORECASE,
)
#: A biography's opening without a job word: a name, then "is a / ist ein / est un ...".
#: Taken as a biography only with a contact in the same paragraph (:data:`CONTACT`): the
#: same pages, 5 such paragraphs (2 with no job word the biography patterns know), none in
#: a gold body nor a ``gold_with`` snippet.
NAME_IS = re.compile(
    rf"^(?-i:{_NOT_A_NAME}){_FULL_NAME}(?:,[^,]{{1,60}},)?\s+(?:is|was|ist|war|est|es|è|jest)"
    r"\s+(?:an?|the|ein\w*|der|die|un|une|el|la|il|lo)\b",
    re.IGNORECASE,
)
#: A way to reach a person: an e-mail address, a social-network handle, a phone number, or
#: "follow / catch him on ...": "Catch him on Twitter @ann_lee".
CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?<![\w@])@\w{2,}"
    r"|\b(?:follow|catch|find|reach) (?:him|her|them)\b|\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b",
    re.IGNORECASE,
)
ABOUT_AUTHOR = _whole_line(
    r"about the (?:author|writer)s?|über (?:den|die) autor(?:in)?|zu(?:r|m) autor(?:in)?"
    r"|(?:à|a) propos de l'auteur|sobre (?:el|la) autor(?:a)?|l'autore|o autorze|об авторе",
)

#: A heading over a box about one person: "About Ann Lee", "Über Max Muster". Taken as one
#: only when the paragraph under it opens with the same name (the ``author_bio`` stage).
#: Development pages in every dump style and the snippets pages: 4 such pairs (one German),
#: none in a gold body nor a ``gold_with`` snippet.
ABOUT_PERSON = re.compile(
    rf"^(?:about|über|à propos de|sobre|o)\s+({_FULL_NAME})\s*$",
    re.IGNORECASE,
)

#: Headlines of other stories marked with a bracketed tag in capitals: "Hong Kong protest
#: jibe [INSIGHT]", "... [VIDEO]". 32 such lines in the development pages, none in gold.
TEASER_TAG = re.compile(r"^.{10,200}\s\[(?-i:[A-ZÄÖÜÉ][A-ZÄÖÜÉ ]{2,20})\]\W*$", re.IGNORECASE)
#: "Don't miss" and reprint notices: 16 and 9 lines there, none in gold. Photo sales ("Buy
#: Photos", "Buy a copy of this picture.", "Order a photo online"): 28 lines of the
#: development pages' inscriptis and w3m80 dumps and the snippets pages, none in a gold body
#: or a ``gold_with`` snippet.
PROMO_NAV = _whole_line(
    r"don'?t miss|nicht verpassen|à ne pas manquer|no te pierdas|da non perdere|nie przegap",
    r"(?:jetzt neu\W+)?(?:besuchen sie unseren (?:fan-?)?shop|visit our (?:online )?(?:shop|store))"
    r"|(?:buch|jetzt|hier|online) (?:bestellen|kaufen)|acheter (?:le livre|maintenant)"
    r"|comprar (?:el libro|ahora)",
    r"order reprints|reprints? (?:&|and) permissions|this copy is for your personal,? "
    r"non-commercial use only.*",
    r"(?:buy|purchase|order)(?: an?| this| our)?(?: copy of this)?(?: \w+){0,2} (?:photo|picture)s?"
    r"(?: reprints?| online)?|(?:fotos?|bilder?) (?:kaufen|bestellen)|acheter (?:la|cette) photo"
    r"|comprar (?:la |esta )?foto",
)

#: Reading-time stamps: "5 min read", "Reading time: 2 minutes", "Lesezeit: ca. 3 Minuten",
#: "8 minutos de lectura". 18 such lines in the development pages, none in a gold body.
READING_TIME = _whole_line(
    r"(?:ten )?(?:tekst|artykuł) przeczytasz w (?:mniej niż |około |ok\. )?(?:\d+ )?minut\w*",
    r"(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura"
    r"|tempo di lettura|czas czytania|время чтения)\W*(?:ca\.?\s*)?\d+\s*(?:min\w*|мин\w*)",
    r"(?:ca\.?\s*)?\d+\s*-?\s*(?:min\w*|minute\w*|мин\w*)\.?\s*(?:read|reading|lesezeit"
    r"|lesedauer|de lecture|de lectura|di lettura|czytania|чтения)",
)

COPYRIGHT = re.compile(r"^\W*(?:©|\(c\)|copyright\b)", re.IGNORECASE)
#: Legal notices anywhere in a short line.
_LEGAL = re.compile(
    r"\b(?:all rights reserved|may not be (?:published|reproduced|redistributed)|without (?:the )?"
    r"(?:prior )?written (?:permission|consent)|alle rechte vorbehalten|tous droits réservés"
    r"|todos los derechos reservados|tutti i diritti riservati|wszelkie prawa zastrzeżone"
    r"|все права защищены"
    # Licences and disclaimers of responsibility, in several languages.
    r"|chroniony prawem autorskim|(?:veröffentlicht )?unter (?:der|einer) (?:lizenz|creative[- ]"
    r"commons)|licensed under (?:a |the )?(?:creative commons|cc[- ]by)|n'engagent que (?:leurs"
    r"|son|ses) auteurs?|(?:is|are) not responsible for the (?:opinions?|content|views)"
    r"|the views (?:and opinions )?expressed (?:here|in this|on this|by)"
    r"|entspricht den vorgaben der .{0,40}fachliteratur"
    r")\b|^\W*(?:disclaimer|haftungsausschluss|aviso legal)\s*:",
    re.IGNORECASE,
)
LEGAL = LinePattern(_LEGAL, needed=True)  # tried at every place: needles first

AD_LABEL = _whole_line(
    r"advertisements?|advertising|advert|ads?|sponsored(?: (?:content|links?|by .*|post|stories))?",
    r"paid (?:content|post|partnership)|promoted(?: (?:content|stories|by .*))?|partner content",
    r"реклама|anzeigen?|werbung|publicidad|publicité|pubblicità|publicidade|reklama|advertentie",
    r"(?:story|article) continues(?: (?:below|after)(?: (?:this )?(?:ad(?:vertisement)?|gallery|video))?)?",
    r"continue reading (?:the main story|below)|weiterlesen nach der anzeige",
    r"(?:advertisement|anzeige|реклама)\s*[-–—:|].*",
)

#: Affiliate and advertising disclosures, anywhere in a line of up to ``MAX_LEGAL_WORDS``:
#: "If you buy a product featured here, we may earn an affiliate commission", "Für Links auf
#: dieser Seite erhält CHIP ggf. eine Provision", "Advertising disclosure".
_AFFILIATE = re.compile(
    r"\b(?:affiliate (?:links?|commission|disclosure)|advertising disclos(?:ure|ures)"
    r"|(?:contains|may contain|includes) (?:references to products|paid links)"
    r"|(?:we|\w+) (?:may )?(?:earn|receive|get) (?:a |an )?(?:small )?(?:affiliate )?"
    r"(?:commission|compensation)"
    r"|für links auf dieser seite|(?:affiliate|provisions)-links?|(?:erhält|erhalten|bekommen)"
    r" (?:wir |\w+ )?(?:ggf\. |gegebenenfalls |eventuell )?eine (?:kleine )?provision"
    r"|verlinkungen handelt es sich um|liens? (?:affiliés|d'affiliation)"
    r"|(?:percevoir|touchons|recevons|recevoir) une commission|enlaces? de afiliados?"
    r"|(?:recibir|recibimos|ganar|ganamos) una (?:pequeña )?comisión|link di affiliazione"
    r"|linki afiliacyjne)\b",
    re.IGNORECASE,
)
AFFILIATE = LinePattern(_AFFILIATE, needed=True)  # tried at every place: needles first

#: A promotional line carrying a phone number: "Реклама +7(700) 388 81 09", "Call 0800 123 456".
PHONE = re.compile(r"(?:\+\d{1,3}\s*)?\(?\d{2,4}\)?[\s.-]?\d{2,4}[\s.-]\d{2,4}(?:[\s.-]\d{2,4})?")
AD_WORDS = re.compile(
    r"\b(?:ad|ads|advert\w*|sponsored|promo\w*|call|buy|order|sale|discount|offer|book now"
    r"|реклам\w*|звоните|заказ\w*|anzeige|werbung|publicidad|publicité|pubblicità|reklama)\b",
    re.IGNORECASE,
)

COMMENT_WIDGET = _whole_line(
    r"no comments?:?|(?:\d+|one|two) comments?:?|comments? \(\d+\)|\(\d+\) comments?",
    r"post a comment|leave a (?:comment|reply)|add (?:a |your )?comment|write a comment",
    r"(?:keine kommentare|no comments|pas de commentaires|sin comentarios)\W+(?:kommentare sind"
    r" geschlossen|comments are closed|les commentaires sont fermés|comentarios cerrados)",
    r"(?:para comentar (?:debes|tienes que|es necesario)|um (?:zu )?kommentieren,? (?:müssen sie"
    r"|musst du)|pour commenter,? (?:vous devez|il faut)) .{1,80}",
    r"(?:show|view|read|hide|load) (?:all )?(?:\d+ )?comments?|comments? (?:are )?closed\.?",
    r"blog comments powered by disqus|comments powered by disqus|powered by disqus",
    r"(?:please )?enable javascript to view the comments.*",
    r"(?:kommentare?|kommentieren|(?:\d+ )?kommentare?|kommentar schreiben|keine kommentare)",
    r"(?:commentaires?|(?:\d+ )?commentaires?|laisser un commentaire|réagir)",
    r"(?:comentarios?|(?:\d+ )?comentarios?|deja (?:un|tu) comentario|comentar)",
    r"(?:commenti|(?:\d+ )?commenti|lascia un commento|komentarze?|(?:\d+ )?komentarzy?)",
    r"(?:комментари\w*|\d+ комментари\w*|оставить комментарий|reacties?|(?:\d+ )?reacties)",
    r"(?:hinterlasse einen kommentar|hinterlasse eine antwort|schreibe einen kommentar)",
    r"(?:you must be logged in to post a comment\.?|log in to comment|sign in to comment)",
    # Comment forms (WordPress and others).
    r"cancel reply|your email address will not be published\..*|required fields are marked.*"
    r"|you may use these html tags and attributes:?.*|notify me of (?:follow-up comments|new posts)"
    r".*|save my name, email, and website in this browser.*",
    r"antworten abbrechen|(?:deine|ihre) e-mail-adresse wird nicht veröffentlicht\..*"
    r"|erforderliche felder sind mit .{1,3} markiert\.?|benachrichtige mich über .*"
    r"|annuler la réponse|votre adresse (?:e-mail|de messagerie) ne sera pas publiée\..*"
    r"|cancelar respuesta|tu dirección de correo electrónico no será publicada\..*"
    r"|annulla risposta|il tuo indirizzo email non sarà pubblicato\..*",
    r"(?:comments|kommentare|commentaires|comentarios|commenti) (?:are|sind|sont|están|sono)"
    r" (?:closed|geschlossen|fermés|cerrados|chiusi)\.?",
    r"enter your comment here.*|fill in your details below or click an icon to log in.*"
    r"|you are commenting using your .{1,30} account.*|connecting to %s|kommentar verfassen"
    r"|gib hier deinen kommentar ein.*|trage deine daten unten ein.*"
    r"|du kommentierst mit deinem .{1,30}konto.*|verbinde mit %s"
    r"|(?:informiere|benachrichtige) mich über neue (?:beiträge|kommentare).*",
    # The form's "notify me of new comments by e-mail" box in other languages (WordPress's
    # Jetpack and others).
    r"benachrichtigung bei weiteren kommentaren per e-mail senden\.?"
    r"|(?:prévenez-moi|avertissez-moi|m'avertir) (?:de tous les nouveaux|des nouveaux)"
    r" (?:commentaires|articles) par (?:e-mail|email|courriel)\.?"
    r"|(?:notificarme|avísame de) (?:los )?nuevos (?:comentarios|artículos|entradas)"
    r"(?: por (?:correo electrónico|email|e-mail))?\.?"
    r"|notificami (?:nuovi|i nuovi) (?:commenti|articoli)(?: (?:via|per) e-?mail)?\.?"
    r"|powiadom mnie o (?:nowych komentarzach|nowych wpisach)(?: (?:przez|poprzez) e-?mail)?\.?"
    r"|stuur mij een e-?mail (?:als er vervolgreacties zijn|bij nieuwe (?:reacties|berichten))"
    r"\.?",
)

#: The header of a comment section: everything after it, to the end of the page, is comments.
COMMENT_HEADER = _whole_line(
    r"(?:\d+ )?(?:comments?|responses?|replies|reactions?)(?: \(\d+\))?(?: (?:to|on) .{1,120})?:?",
    r"(?:reader|user|your|readers'|article|story) comments?(?: \(?\d+\)?)?"
    r"|join the (?:discussion|conversation|debate)|discussion",
    r"discuss this (?:post|article|story)|be the first to comment\W*|jump to discussion page.*"
    r"|mitdiskutieren|diskutieren sie mit|participez à la discussion|participa en la conversación",
    r"(?:comments?|kommentare|commentaires|comentarios|commenti) (?:are|is|sind|sont|están|sono)"
    r" (?:now )?(?:closed|geschlossen|fermés|cerrados|chiusi)(?: for this (?:story|article|post))?\.?",
    r"(?:(?:\d+|one) )?thoughts? on .{1,120}|(?:(?:\d+|one) )?responses? to .{1,120}"
    r"|leave a (?:comment|reply)",
    # The same header of WordPress themes in other languages: "2 Gedanken zu „...“", "Ein
    # Gedanke zu", "3 réflexions sur « ... »", "Un pensamiento sobre", "4 pensieri su",
    # "5 gedachten over", "6 myśli na temat".
    r"(?:\d+|ein|une|un|uno|één|jedna|one) (?:gedanken?|réflexions?|pensamientos?"
    r"|pensier[oi]|gedachten?|myśli|myśl) (?:zu|sur|sobre|su|over|na temat) .{1,120}",
    r"(?:\d+ )?(?:kommentare?|leserkommentare|diskussion)|(?:\d+ )?(?:commentaires?|réactions?)",
    r"(?:\d+ )?(?:comentarios?|commenti|komentarze?|комментарии|reacties)",
    r"(?:\d+ |one |ein |eine )?(?:antworten|kommentare?|reaktionen|réponses?|commentaires?"
    r"|respuestas?|comentarios?|risposte|commenti|odpowiedzi|komentarzy?) (?:zu|auf|à|sur|a|en"
    r"|su|na|do) .{1,120}",
    r"post a comment|add (?:a |your )?comment|write a comment|kommentar schreiben",
    r"blog comments powered by disqus|comments powered by disqus",
    r"hinterlasse einen kommentar|hinterlasse eine antwort|schreibe einen kommentar",
    r"laisser un commentaire|deja (?:un|tu) comentario|lascia un commento|оставить комментарий",
    r"(?:\d+|one|two|no) (?:comments?|responses?|replies)\W.{0,60}(?:below|add|leave|post|read|view)"
    r"(?: \w+)*",
)

#: A comment header that counts no comments ("0 Comments", "No comments yet", "Keine
#: Kommentare", "Aucun commentaire"): no comment follows it.
ZERO_COMMENTS = re.compile(
    r"^\W*(?:0|no|keine|noch keine|aucun|sin|ningún|nessun|brak|geen|нет)\s+"
    r"(?:comments?|responses?|replies|kommentare?|commentaires?|comentarios?|commenti"
    r"|komentarzy|reacties|комментариев)\b",
    re.IGNORECASE,
)

#: A comment's signature: an author and a timestamp, "Peter Flom 07.08.12 at 13:24",
#: "John says: July 8, 2012 at 1:24 pm", "Anonymous said... 5:31 PM".
#: The words that end a signature without a time stamp ("Jennifer said...").
_STAMP_WORDS = (
    "says", "said", "wrote", "schreibt", "sagt", "meint", "a écrit", "dit", "dice", "dijo",
    "escribió", "disse", "ha scritto", "napisał", "pisze", "zegt", "schreef",
)  # fmt: skip
_COMMENT_STAMP = re.compile(
    r"(?:\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?|\b\d+ (?:minutes?|hours?|"
    r"days?|weeks?|months?|years?) ago\b|\b(?:" + "|".join(_STAMP_WORDS) + r")\b\W*$)",
    re.IGNORECASE,
)
#: Any digit: a cheap first test for patterns whose every match holds one (comment stamps,
#: phone numbers).
DIGIT = re.compile(r"\d")
_ANY_STAMP_WORD = re.compile("|".join(_STAMP_WORDS))


def _may_be_stamp(text: str) -> bool:
    """Every match of :data:`_COMMENT_STAMP` holds a digit (``\\d``) or one of
    :data:`_STAMP_WORDS` (in the line's lower case, see
    :func:`~cleaner.linepattern.needle_text`)."""
    if DIGIT.search(text) is not None:
        return True
    lower = needle_text(text)
    return lower is None or _ANY_STAMP_WORD.search(lower) is not None


#: Tried on the short blocks after an article's prose: 32,699 in a pass over the
#: development pages, 24,274 of them without a digit or a signature word (0.043 -> 0.032 s).
COMMENT_STAMP = Prefiltered(_COMMENT_STAMP, _may_be_stamp)

#: An author's sign-off under a blog post or a letter: a dash or a tilde, then a name of at
#: most three words ("-Jodi", "— Mark T.", "~ Anna Maria"). Not case-folded: the name is
#: capitalised.
SIGN_OFF = re.compile(
    r"^\s*[-\u2013\u2014~]+\s*[A-Z\u00c0-\u00de][\w.'\u2019-]*(?: [A-Z\u00c0-\u00de][\w.'\u2019-]*){0,2}\s*$"
)

RELATED_LABEL = _whole_line(
    r"related(?: (?:stories|articles|content|coverage|news|links|posts|topics|videos?))?:?",
    r"(?:read|see) (?:more|also)(?: (?:on|about|from|at) .{1,60})?:?|more (?:on|about|from) .{1,60}",
    # With the teaser on the same line: "Read more: ...", "Vorheriger Artikel<title>".
    r"(?:read|see) (?:more|also)\s*:\s.{1,200}"
    r"|(?:previous|next) (?:article|post|story)\s*:?\s*\S.{1,150}"
    r"|(?:vorheriger|nächster) (?:artikel|beitrag)\s*:?\s*\S.{1,150}"
    r"|(?:article (?:suivant|précédent)|(?:artículo|noticia) (?:siguiente|anterior)"
    r"|articolo (?:successivo|precedente)|(?:następny|poprzedni) artykuł)\s*:?\s*\S.{1,150}"
    r"|(?:dowiedz się więcej|czytaj dalej|przeczytaj (?:też|także|również))\s*:\s*\S.{1,150}",
    r"(?:also|recommended|popular|trending|most (?:read|popular|viewed|shared|emailed))"
    r"(?: (?:on|in) .{1,40})?(?: (?:stories|articles|now|news))?:?",
    r"(?:you (?:may|might) (?:also )?(?:like|be interested in)|don't miss|editor'?s? picks?)(?: .{1,40})?:?",
    r"(?:top|latest|more|other) (?:stories|news|headlines|articles|videos)(?: .{1,40})?:?",
    r"(?:similar|recent|popular|previous) posts:?",
    r"article source:?.*|source:|quelle:|source :|fuente:|fonte:|źródło:|источник:",
    # A label, alone or with the teaser it introduces on the same line ("Czytaj też: ...").
    r"(?:mehr zum thema|weitere artikel"
    # "Das könnte Sie auch interessieren", "Diese Artikel könnten dich ebenfalls interessieren",
    # "Ces articles pourraient aussi vous intéresser", "Ti potrebbe interessare", "Może cię
    # też zainteresować", "Dit vind je misschien ook interessant".
    r"|(?:das|dies|diese[sr]?(?: (?:artikel|beiträge|themen))?) (?:könnte|könnten|dürfte|dürften)"
    r" (?:sie|dich|euch) (?:auch |ebenfalls |außerdem )?interessieren"
    r"|(?:ces articles |cet article )?(?:pourrai(?:en)?t|devrai(?:en)?t) (?:aussi |également )?vous intéresser"
    r"|vous aimerez (?:aussi|également)|(?:también )?(?:te|le|les) podría(?:n)? interesar"
    r"|(?:ti|vi) potrebbe(?:ro)? interessare|może (?:cię|was|pana|panią) (?:też |także |również )?zainteresować"
    r"|dit vind je (?:misschien )?ook interessant"
    r"|lesen sie (?:auch|mehr)|auch interessant|verwandte artikel|ähnliche (?:artikel|beiträge)"
    r"|(?:beliebte|meistgelesene|neueste) (?:artikel|beiträge)(?: zum thema)?"
    r"|zum thema|passend zum thema|weiterlesen|weitere (?:beiträge|nachrichten|meldungen|themen)"
    r"|zurück zur (?:übersicht|liste|startseite)|empfehlungen(?: der redaktion)?"
    r"|à lire aussi|à lire également|lire aussi|sur le même (?:sujet|thème)|voir aussi"
    r"|pour approfondir|leer más|lee también|(?:también )?(?:te|le) puede interesar"
    r"|noticias relacionadas|otras noticias|más noticias|lo más leído|ve[ar] también"
    r"|leggi anche|potrebbe interessarti(?: anche)?|articoli correlati|leia (?:também|mais)"
    r"|veja também|mais notícias|czytaj (?:też|także|więcej)|zobacz (?:też|także)"
    r"|читайте также|по теме|см\. также|lees ook|meer over)(?:\s*[:…]?\s.{1,200})?\W*",
    # "Entdecke weitere Homestorys", "Alle Artikel zu unseren Recherchen", "Discover more".
    r"(?:entdecke(?:n sie)? (?:weitere|mehr|auch)|discover more|découvrez (?:aussi|également"
    r"|nos autres)|descubre más|scopri (?:di più|anche)|alle (?:artikel|beiträge|nachrichten)"
    r" (?:zu|zum|zur|über))\b.{0,60}",
    r"tags?:.*|schlagwörter:?.*|themen:.*|mots-clés\s?:.*|etiquetas:.*|filed under:?.*",
    r"(?:posted|filed) in .{1,80}|categories:.*|kategorien?:?.*",
)

#: A line that starts a link list marker used by some sites: ":: Q And A: ...". A "»" whose
#: quotation closes with "«" on the line opens a German quotation ("»Wie geht das?«"), not a
#: link.
LINK_PREFIX = re.compile(r"^\s*(?:::|»(?![^«»]*«)|›|>>|→|\u25ba|\u25b8)\s*\S")

#: A blog's archive menu flattened into one line: a short label ("Select Month", "Monat
#: auswählen", "Archives") and a run of at least four months, each a name and a year, with or
#: without a count of posts ("November 2012 (4) October 2012 (32) ..."). Words are letters
#: and nothing else, so each word and each run of punctuation (underscores too) is matched
#: one way only, and a long line is read in linear time (with "_" in both, a line of 45
#: underscores took 31 s).
ARCHIVE_MONTHS = re.compile(
    r"^\W*(?:[^\W\d_]+[\W_]+){0,4}?(?:[^\W\d_]+ \d{4}(?: ?\(\d+\))?[\W_]*){4,}$"
)
#: ...where the months share a year at least this many times (a list of champions,
#: "Spain 2010 Italy 2006 Brazil 2002 France 1998", has a year each). Development and
#: snippets pages (inscriptis dumps): 40 lines of such menus, none in a gold body or a
#: gold_with snippet; 4 of them were kept, one scored as prose enough to pull the
#: article's stretch down into the sidebar.
ARCHIVE_SAME_YEAR = 2
#: A month of such a menu and its year.
ARCHIVE_MONTH_YEAR = re.compile(r"[^\W\d_]+ (\d{4})")

#: "Part of complete coverage on", "More coverage of", "Full coverage:": teaser block headers.
TEASER_HEADER = _whole_line(
    r"part of (?:complete |our )?coverage(?: on| of)?(?: .{1,60})?:?",
    r"(?:complete|full|more|latest) coverage(?: on| of)?(?: .{1,60})?:?",
)

#: A news site's section name, as the label of a box of other stories: "Health", "Arts &
#: Entertainment", "World »", "B.C. Headlines", "Wirtschaft", "Économie", "Deportes".
_SECTION = (
    r"world|national|nation|local|politics|business|money|markets|economy|tech|technology"
    r"|science|health|sports?|entertainment|arts|culture|life|lifestyle|living|travel"
    r"|opinion|weather|education|environment|media|autos?|books|music|movies|food"
    r"|welt|politik|wirtschaft|finanzen|kultur|wissen|gesundheit|panorama|reise|digital"
    r"|meinung|lokales|monde|politique|économie|santé|sciences|société|international"
    r"|mundo|política|economía|deportes|cultura|salud|ciencia|sociedad|opinión"
    r"|mondo|politica|economia|cronaca|esteri|salute|świat|polityka|gospodarka|kultura|nauka"
)
SECTION_LABEL = re.compile(
    rf"^\W*(?:(?:\S+ ){{0,2}}(?:headlines|top stories|schlagzeilen|nachrichten|actualités"
    rf"|noticias|notizie|wiadomości)|(?:\S+ )?(?:{_SECTION})(?: (?:&|and|und|et|y|e|i) "
    rf"(?:{_SECTION}))?)\s*»?\W*$",
    re.IGNORECASE,
)

#: Timestamps of teaser lists: "updated 8:43 AM EDT, Thu June 26, 2014".
TEASER_STAMP = re.compile(
    r"^\W*(?:(?:updated|posted|published|aktualisiert|mis à jour|actualizado)\s*)?"
    r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?(?:\s*,)?\s*"
    r"(?:\w{2,9}\.?,?\s*)?(?:\w{3,9}\.?\s+\d{1,2}|\d{1,2}\.?\s+\w{3,9}\.?),?\s+\d{4}\W*$",
    re.IGNORECASE,
)

#: Caption and credit markers: "Photo:", "(AFP/Getty Images)", "© Reuters", "pictured in 2011".
_CREDIT = re.compile(
    r"(?:^\W*(?:photo|photograph|picture|image|foto|bild|credit|source|quelle|crédit|"
    r"фото|zdjęcie|imagen|illustration|video|graphic)s?(?:\s*(?:credit|by))?\s*[:|©]"
    # One to four words, separated by spaces or a slash; the last may run into the agency.
    r"|\([A-Z][\w.]*(?:(?:\s?/\s?|\s\s?)[A-Z][\w.]*){0,3}(?:\s?/\s?|\s\s?)?"
    r"(?:Getty Images|AFP|Reuters|AP|EPA|Photo|Images|dpa|Imago)\)"
    r"|(?:getty images|shutterstock|istock(?:photo)?|imago images|picture[- ]alliance)\W*$"
    # A stock library's credit line: "Photo by Jane Doe on Unsplash".
    r"|^\W*(?:photo|foto|image|bild|imagen|immagine|zdjęcie)s?\s+(?:by|von|de|di|par)\s+.{1,60}?"
    r"\s+(?:on|auf|en|sur|via|from|bei|su|na)\s+(?:unsplash|pexels|pixabay|flickr|shutterstock"
    r"|adobe ?stock|wikimedia commons)\W*$)",
    re.IGNORECASE,
)
CREDIT = LinePattern(_CREDIT, needed=True)  # tried at every place: needles first
#: A caption that ends with its credit: "... | © Kevin Cox/Getty Images", "... (Foto: Privat)",
#: "... (mlharing / iStock.com)", "... (REUTERS/Denis Balibouse)", and a credit after the
#: caption's full stop or glued to it ("... aus der Schweiz. © AFP / NAME", "...muss© Name/
#: site.de"): in the development text dumps no kept line holds a "©" after its start; in
#: snippets_dev 26 kept lines end so, 5 of them gold_without snippets, none gold_with.
_CREDIT_TAIL = re.compile(
    r"(?:(?:\s[|/])?\s*©\s*[^|©:]{2,60}"
    r"|\((?:©|foto|fotos|photo|photos|bild|quelle|source|credit|kuva|fot\.|zdjęcie|imagen|image)"
    r"\s*:?\s[^()]{1,60}\)"
    r"|\([^()]{1,40}/\s*(?:getty images|istock(?:\.com|photo)?|shutterstock|unsplash|reuters|afp|ap"
    r"|dpa|epa|imago(?: images)?|picture[- ]alliance)\s*\)"
    r"|\((?:reuters|afp|ap|dpa|epa|efe|ansa|getty images|imago)\s*/[^()]{1,40}\))\s*$",
    re.IGNORECASE,
)


def _may_end_with_credit(text: str) -> bool:
    """Every match of :data:`_CREDIT_TAIL` holds a "©" or ends the text with ")" and
    spaces (its ``\\s`` are :meth:`str.isspace` characters, which ``rstrip`` takes)."""
    return "©" in text or text.rstrip().endswith(")")


#: Tried on the lines of every page, most of which hold no "©" and end with no ")".
CREDIT_TAIL = Prefiltered(_CREDIT_TAIL, _may_end_with_credit)
#: A credit at the end of a caption: "... last year. Photograph: Guy Smallman/Getty Images",
#: "... mit Essen und Getränken. Foto: Galli/Malteser", "... in Honolulu. (AP Photo/Name)",
#: "... grip on power.(Reuters)".
CREDIT_END = re.compile(
    r"\b(?:photo(?:graph)?|foto|bild|image|credit|crédit|imagen|immagine|zdjęcie|fot)s?"
    r"(?:\s*(?:credit|by))?\s*:\s*[^.!?:]{2,60}$"
    r"|\((?:ap|afp|reuters|dpa|epa|efe|ansa|getty images)(?: photo)?(?:\s*/[^()]{1,40})?\)\s*$",
    re.IGNORECASE,
)
#: An agency's archive photo named in its caption: "In this Dec. 12, 2006, file photo, ...".
FILE_PHOTO = re.compile(
    r"\bfile (?:photo|image)\b|\barchiv(?:foto|bild)\b|\bphoto d['’]archives?\b"
    r"|\bfoto de archivo\b|\bfoto d['’]archivio\b|\bzdjęcie archiwalne\b",
    re.IGNORECASE,
)
_PICTURED = re.compile(
    r"(?:,|\()\s*(?:pictured|shown|seen|photographed|abgebildet|im bild)\b"
    r"|\b(?:pictured|photographed) (?:in|on|at|here|with|during|above|below|left|right)\b"
    r"|\((?:left|right|center|centre|top|bottom|above|below|file photo|file)\)",
    re.IGNORECASE,
)


def _may_say_pictured(text: str) -> bool:
    """Every match of :data:`_PICTURED` holds a "," or a "(", or the word "pictured" or
    "photographed" (in the line's lower case, see :func:`~cleaner.linepattern.needle_text`)."""
    if "," in text or "(" in text:
        return True
    lower = needle_text(text)
    return lower is None or "pictured" in lower or "photographed" in lower


#: Tried on the lines of every page, most of which fail the first test.
PICTURED = Prefiltered(_PICTURED, _may_say_pictured)

#: Headings that open an article's own list: ingredients, steps, nutrition facts, technical
#: data ("Zutaten", "Ingrédients pour 4 personnes", "Technische Daten", "Składniki").
_INGREDIENTS = (
    r"(?:zutaten|ingredients?|ingrédients|ingredientes|ingredienti|składniki|ingrediënten"
    r"|benodigdheden)(?: (?:für|for|pour|para|per|na|voor) .{1,40})?"
)
_METHOD = (
    r"zubereitung|anleitung|preparation|method|directions|instructions|préparation"
    r"|preparación|preparazione|przygotowanie|bereiding(?:swijze)?"
)
LIST_HEADING = _whole_line(
    _INGREDIENTS,
    _METHOD,
    r"nährwerte|nährwertangaben|ernährungsinfo|nutrition(?: facts| information)?"
    r"|valeurs nutritionnelles|información nutricional|valori nutrizionali|wartości odżywcze"
    r"|voedingswaarde(?:n)?",
    r"technische daten|technical (?:data|details|specifications)|specifications|spezifikationen"
    r"|caractéristiques(?: techniques)?|especificaciones(?: técnicas)?|specifiche(?: tecniche)?"
    r"|dane techniczne|specificaties|produktbeschreibung|produktdetails|lieferumfang",
)

#: A sentence that announces the list under it without a colon, by its last words: "The
#: dates are as follows.", "Their UK dates can be found below.", "Die Termine lauten wie
#: folgt.", "Les dates sont les suivantes.", "Las fechas son las siguientes.", "Le date
#: sono le seguenti.", "Terminy są następujące.", "De data zijn als volgt."
LIST_ANNOUNCING_END = re.compile(
    r"\b(?:as follows|the following|below|wie folgt|folgende[nrs]?|im folgenden|nachfolgend"
    r"|unten|comme suit|suivant(?:e?s)?|ci-dessous|ci-après|como sigue|(?:lo|los|las) siguientes?"
    r"|a continuación|come segue|(?:i|le) seguenti|di seguito|qui sotto|następując[ey]|poniżej"
    r"|als volgt|volgende|hieronder)\s*[.!]$",
    re.IGNORECASE,
)
#: A sentence that points down to the comments ("Share your thoughts in the comments
#: below.", "Schreiben Sie uns unten in den Kommentaren."), not to a list.
COMMENTS_BELOW = re.compile(
    r"\b(?:comments?|kommentar\w*|commentaires?|comentarios?|commenti|komentarz\w*|reacties)\b"
    r"[^.!?]*$",
    re.IGNORECASE,
)

#: A recipe's two headings: its ingredients, then how to make it (``main_content`` keeps a
#: recipe card under the article's text, from one to the end of the steps under the other).
INGREDIENTS_HEADING = _whole_line(_INGREDIENTS)
METHOD_HEADING = _whole_line(_METHOD)

#: Units that follow an amount in a recipe or a spec sheet, longer than the four letters
#: ``article_lists.QUANTITY`` takes as a unit ("200 Gramm Zucker", "2 Teelöffel", "3 cups",
#: "2 cucharadas", "1 pincée", "2 łyżki"), in the languages of the snippet pages.
UNIT_WORDS = (
    r"gramm|gramos?|grammi|grammes?|grams?|gramów|kilogramm|kilos?|liter|litres?|liters?"
    r"|litros?|litri|milliliter|millilitres?|teelöffel|esslöffel|messerspitzen?|prisen?"
    r"|päckchen|packungen?|tassen?|becher|stück|scheiben|zehen|bund|dosen?|tropfen|blätter"
    r"|cups?|tablespoons?|teaspoons?|ounces?|pounds?|pinch|slices?|cloves?|pieces?|cans?"
    r"|cucharadas?|cucharaditas?|tazas?|pizcas?|dientes|cuillères?|pincées?|sachets?"
    r"|tranches?|gousses?|cucchiai|cucchiaini|pizzico|spicchi|łyżki|łyżka|łyżeczki"
    r"|łyżeczka|szklanki|szklanka|szczypta|eetlepels?|theelepels?|kopjes?|snufje"
)
