import { defineRule } from '../types';
import { SRC } from './_sources';

/** Verification / login / one-time codes, in Meta's template languages (the words of Meta's localized preset text and common variants). */
export default defineRule({
  id: 'otp-code',
  category: 'AUTHENTICATION',
  kind: 'otp',
  weight: 2,
  title: {
    en: 'One-time passcode content',
    es: 'Contenido de código de un solo uso',
    pt: 'Conteúdo de código de uso único',
  },
  description:
    'Finds verification, login, security and one-time codes (OTP) in many languages. Meta only allows one-time passcodes in Authentication templates; a Utility or Marketing template carrying one is rejected.',
  source: SRC.otp,
  suggestion: {
    en: 'Send codes with an Authentication template from Meta\'s Template Library (fixed text "{{1}} is your verification code."); a Utility/Marketing template with "{quote}" will be rejected.',
    es: 'Envía los códigos con una plantilla de Autenticación de la biblioteca de Meta (texto fijo); una plantilla de Utilidad/Marketing con "{quote}" será rechazada.',
    pt: 'Envie códigos com um modelo de Autenticação da biblioteca da Meta (texto fixo); um modelo de Utilidade/Marketing com "{quote}" será rejeitado.',
  },
  phrases: {
    xx: [
      {
        p: '(enter|use|type|digite|informe|insira|use|usa|ingresa|introduce|utiliza|inserisci|utilizza|saisissez|entrez|gib) (the |this |o |el |il |le )?(code |codigo |codice |pin )?<n> ([^ ]+ ){0,3}(to|para|per|pour|um) (verify|approve|authori[sz]e|aprovar|autorizar|aprobar|approvare|autorizzare|log ?in|sign ?in|confirm|complete|access|reset|acessar|entrar|confirmar|validar|verificar|concluir|redefinir|acceder|ingresar|iniciar sesion|restablecer|accedere|confermare|verificare|completare|vous connecter|confirmer|valider|anzumelden|bestatigen)',
        note: 'A code to type in to log in or confirm, in any wording ("Use {{1}} to log in").',
        w: 1.5,
      },
      {
        p: "(code|codigo|codice|pin|kode|kod) (de acesso |de acceso |di accesso |d'acces )?(is|es|e|est|ist|adalah|:) <n>",
        note: '"Código: {{1}}" — a bare code; medium because coupon codes are phrased the same way.',
        w: 0.8,
      },
      {
        p: "(to|para|per|pour) (confirm|verify|authori[sz]e|complete|confirmar|verificar|autorizar|completar|concluir|validar|confermare|verificare|autorizzare|completare|confirmer|valider|finaliser) (the |your |this |el |la |tu |su |a |o |sua |seu |il |l'|lo |votre |le |ton |ta )?(payment|transaction|purchase|login|sign-?in|identity|(phone )?number|phone|e-?mail|account|registration|device|pago|transaccion|compra|operacion|identidad|inicio de sesion|numero( de (telefono|celular|celular))?|telefono|correo|cuenta|registro|dispositivo|pagamento|transacao|identidade|operacao|numero( de (telefone|celular))?|telefone|conta|cadastro|login|operazione|transazione|acquisto|identita|accesso|numero( di telefono)?|account|iscrizione|paiement|achat|identite|connexion|numero de telephone|compte),? (enter|use|type|ingresa|introduce|usa|utiliza|digite|insira|informe|use|inserisci|digita|utilizza|saisissez|entrez|utilisez) (the |this |el |este |o |este |il |questo |le |ce )?(code|codigo|codice|pin|otp|clave)",
        note: 'DERIVED: a code asked for to confirm a payment or a login (3-D Secure style: "Per confermare il pagamento inserisci il codice {{1}}") is a one-time passcode (Meta §1.4).',
        w: 1.5,
      },
      {
        p: "(to|para|per|pour) (log ?in|sign ?in|ingresar|entrar|acceder|acessar|accedere|iniciar sesion|fazer login|concluir (seu|o|o seu) login|completar (el|tu) inicio de sesion|completare l'accesso)( (a|en|na|em|to|into|al|in|no|nel) (tu|su|sua|seu|your|il tuo|o|el|the|la) (cuenta|conta|account|app|aplicativo|aplicacion|banca( en linea| online| movil)?|internet banking|home banking|online banking|portal))?,? (usa|ingresa|introduce|utiliza|use|digite|insira|informe|enter|type|inserisci|digita|utilizza) (el |la |o |the |il |este |esta |this |questo )?(codigo|code|codice|pin|clave|token)",
        note: 'DERIVED: the login purpose stated before the code ("Para ingresar a tu cuenta usa el código {{1}}").',
        w: 1.5,
      },
      { p: 'otp', note: 'The abbreviation is used as-is in most languages.' },
      {
        p: "(codigo|codice|code|pin) (de|di|of|to) (confirmacion|confirmacao|autorizacion|autorizacao|autorizzazione|conferma|approval|authori[sz]ation|confirm|approve|authori[sz]e) (de |da |do |della |del |dell'|for |of |the )?(tu |su |sua |seu |tua |your |the )?(compra|operacion|transaccion|pago|transferencia|transacao|pagamento|pix|operazione|transazione|pagamento|bonifico|acquisto|purchase|payment|transaction|transfer)",
        note: 'DERIVED: a code to confirm or authorise a purchase, payment or transfer (bank step-up authentication) is a one-time passcode (Meta §1.4).',
      },
      {
        p: 'token (de acesso|de seguranca|de acceso|de seguridad|di accesso|di sicurezza|otp|sms)|(access|security|login|one-?time|sms) token',
        note: 'DERIVED: a bank-style access/security "token" is a one-time passcode.',
      },
      {
        p: '(use-o|utilize-o|usa-o|usalo|utilizalo|use it|utilizzalo|usa questo codice|use this code|usa este codigo|use este codigo) (para|to|per|pour) (log ?in|sign ?in|fazer login|entrar na (sua )?conta|iniciar sesion|accedere|acceder a (tu|su) cuenta|acessar (a |sua )?conta|access your account|(confirm|verify|confirmar|verificar|validar|confermare|verificare|ativar|activar|attivare|activate)( (your|seu|sua|o seu|a sua|tu|su|il tuo|la tua|o|a|el|la))? (cadastro|conta|cuenta|registro|account|identidade|identidad|identity|identita|numero|number|e-?mail|telefone|telefono|phone|login|registration|sign-?up|iscrizione))',
        note: 'DERIVED: "use it/this code to log in / confirm your registration" after a code ("Código {{1}}: use-o para confirmar seu cadastro").',
        w: 1.5,
      },
      { p: '2fa', note: 'Two-factor authentication code.' },
      { p: 'pin otp', note: 'Common in Indonesian/Indian bank messages.' },
    ],
    en: [
      {
        p: '(verification|security|authentication|auth|login|log-?in|sign-?in|access) (code|pin)',
        note: 'Meta preset text: "is your verification code".',
      },
      { p: 'one-?time (password|passcode|code|pin|security code)', note: 'OTP spelled out.' },
      { p: 'pass ?code', note: '"passcode" is Meta\'s own word for OTP.' },
      {
        p: 'verify (your )?(account|number|phone|phone number|email|identity|login)( with| using)? (this|the) code',
        note: 'Code sent to verify an identity.',
      },
      {
        p: 'your code is <n>',
        note: 'A bare code given to the user; weak alone because a coupon can be phrased the same way.',
        w: 0.8,
      },
      {
        p: 'code (to|for) (log ?in|sign ?in|logging in|signing in|complete (your )?(login|sign-?in|sign-?up|registration)|verify|verifying|authenticate|activate (your|the) account|reset|resetting|create|creating|set ?up|change|changing|recover|recovering|unlock|authori[sz]e|access (your|the) (account|app|profile|online banking|banking app|portal)|confirm (your )?(identity|login|sign-?in|account|email|phone|number|transaction|payment|purchase|device))',
        note: 'DERIVED: a code whose stated purpose is logging in, verifying or (re)setting credentials ("Your code to create the password for your new account is {{1}}") is a one-time passcode (Meta §1.4: "one-time passcodes"; §1.6 "login code").',
      },
    ],
    es: [
      {
        p: 'codigo (de )?(verificacion|seguridad|acceso|autenticacion|autentificacion|inicio de sesion|un solo uso|validacion|confirmacion de acceso)',
        note: 'Meta es_ES preset: "Tu código de verificación es".',
      },
      { p: '(contrasena|clave) (de un solo uso|dinamica|de acceso temporal)', note: 'One-time password.' },
      { p: 'codigo otp', note: 'Code + abbreviation.' },
      {
        p: 'codigo (para|de) (iniciar sesion|inicio de sesion|completar (el|tu|su) (inicio de sesion|registro|acceso)|ingresar a (tu|su) (cuenta|perfil|app|aplicacion|banca)|acceder a (tu|su) (cuenta|perfil|app|aplicacion|banca)|acceder(?= es\\b| ?[.,:;]|$)|entrar(?= es\\b| ?[.,:;]|$)|verificar|validar|autenticar|activar (tu|su|la) cuenta|restablecer|recuperar|crear|cambiar|confirmar (tu|su) (identidad|cuenta|correo|numero|telefono|operacion|transaccion|compra|dispositivo))',
        note: 'DERIVED: a code whose stated purpose is logging in or (re)setting credentials ("{{1}} es tu código para iniciar sesión", "Tu código para crear la contraseña…"). Bare "acceder/entrar" only when nothing follows, so an event entry code is not taken for a login code.',
      },
    ],
    pt: [
      {
        p: 'codigo (de )?(verificacao|seguranca|acesso|autenticacao|login|validacao|confirmacao de acesso|uso unico)',
        note: 'Meta pt preset: "é o seu código de verificação".',
      },
      { p: 'senha (de uso unico|unica|de acesso temporaria)', note: 'One-time password.' },
      {
        p: 'codigo (para|de) (fazer (o )?login|concluir (o|seu|sua|o seu) (login|acesso|cadastro)|entrar (na|em) (sua|tua|a) conta|acessar (a |o )?(sua |seu |tua |teu )?(conta|app|aplicativo|perfil|internet banking)|acessar(?= e\\b| ?[.,:;]|$)|entrar(?= e\\b| ?[.,:;]|$)|verificar|validar|autenticar|ativar (sua|tua|a) conta|redefinir|recuperar|criar|cadastrar|alterar (sua|tua|a) senha|confirmar (sua|seu|tua|teu) (identidade|conta|cadastro|login|numero|e-?mail|telefone|transacao|compra|dispositivo))',
        note: 'DERIVED: a code whose stated purpose is logging in or (re)setting credentials ("{{1}} é seu código para fazer login", "Seu código para criar a senha…").',
      },
      { p: 'codigo otp', note: 'Code + abbreviation.' },
    ],
    it: [
      {
        p: "codice (di )?(verifica|sicurezza|accesso|autenticazione|login|conferma dell'accesso|monouso|otp)",
        note: 'Italian: "codice di verifica".',
      },
      { p: 'password (monouso|usa e getta|temporanea di accesso)', note: 'One-time password.' },
      {
        p: "codice (per|di) ((autorizzare|approvare|confermare) (il|la|l'|lo) ?(bonifico|pagamento|operazione|transazione|acquisto|ricarica)|accedere|l'?accesso|(effettuare|completare) (il login|l'?accesso)|entrare nel (tuo |suo )?account|verificare|autenticare|attivare (il tuo |il suo )?account|reimpostare|recuperare|creare|modificare la password|confermare (la tua |la sua |il tuo |il suo )?(identita|account|email|numero|operazione|transazione|dispositivo))",
        note: 'DERIVED: a code whose stated purpose is logging in or (re)setting credentials ("{{1}} è il tuo codice per accedere").',
      },
    ],
    fr: [
      {
        p: "code (de verification|de securite|d'acces|d'authentification|de connexion|a usage unique|otp|de validation)",
        note: 'Meta fr preset: "Votre code de vérification est".',
      },
      { p: 'mot de passe (a usage unique|unique)', note: 'One-time password.' },
      {
        p: 'code (pour|de) (vous connecter|te connecter|connexion|acceder a (votre|ton) compte|verifier|valider|reinitialiser|creer|confirmer (votre|ton) (identite|compte|operation|transaction))',
        note: 'DERIVED: a code whose stated purpose is logging in or (re)setting credentials.',
      },
    ],
    de: [
      {
        p: '(bestatigungs|verifizierungs|verifikations|sicherheits|authentifizierungs|anmelde|login|zugangs|einmal)-?code~',
        note: 'Meta de preset: "Dein Verifizierungscode lautet".',
      },
      { p: 'einmal(passwort|kennwort|pin)', note: 'One-time password.' },
    ],
    id: [
      {
        p: 'kode (verifikasi|otp|keamanan|akses|masuk|autentikasi|login)',
        note: 'Meta id preset: "adalah kode verifikasi Anda".',
      },
      { p: 'kata sandi sekali pakai', note: 'One-time password.' },
    ],
    ms: [
      {
        p: 'kod (pengesahan|penentusahan|verifikasi|keselamatan|otp|akses)',
        note: 'Meta ms preset: "kod penentusahan".',
      },
    ],
    hi: [
      { p: '(वेरिफ़िकेशन|वेरिफिकेशन|सत्यापन|पुष्टिकरण|लॉगिन|सुरक्षा) कोड', note: 'Meta hi preset: "आपका वेरिफ़िकेशन कोड है".' },
      { p: 'ओटीपी', note: 'OTP in Devanagari.' },
      { p: 'वन टाइम पासवर्ड', note: 'One-time password.' },
    ],
    mr: [{ p: '(व्हेरिफिकेशन|पडताळणी|सत्यापन) कोड', note: 'Meta mr preset.' }],
    gu: [{ p: '(ખાતરીનો|વેરિફિકેશન|ચકાસણી) કોડ', note: 'Meta gu preset.' }],
    te: [{ p: '(వెరిఫికేషన్|ధృవీకరణ) కోడ్', note: 'Meta te preset.' }],
    ta: [{ p: '(சரிபார்ப்புக் குறியீடு|சரிபார்ப்பு குறியீடு|வெரிஃபிகேஷன் குறியீடு)', note: 'Tamil verification code.' }],
    kn: [{ p: '(ಪರಿಶೀಲನಾ|ಪರಿಶೀಲನೆ|ವೆರಿಫಿಕೇಶನ್) ಕೋಡ್', note: 'Kannada verification code.' }],
    ml: [{ p: '(സ്ഥിരീകരണ|വെരിഫിക്കേഷൻ|പരിശോധനാ) (കോഡ്|കോഡ്)', note: 'Malayalam verification code.' }],
    bn: [{ p: '(যাচাইকরণ|ভেরিফিকেশন|যাচাই) কোড', note: 'Bengali verification code.' }],
    pa: [{ p: '(ਪੁਸ਼ਟੀਕਰਨ|ਤਸਦੀਕ|ਵੈਰੀਫਿਕੇਸ਼ਨ) ਕੋਡ', note: 'Punjabi verification code.' }],
    ur: [{ p: '(توثیقی|تصدیقی) (کوڈ|کوڈ)', note: 'Meta ur preset: "آپ کا توثیقی کوڈ ہے".' }],
    ar: [{ p: '(رمز|كود|رقم) (التحقق|التأكيد|الدخول)', note: 'Meta ar preset: "هو رمز التحقق الخاص بك".' }],
    fa: [{ p: 'کد (تایید|تأیید|تائید|یکبار مصرف|ورود)', note: 'Persian verification code.' }],
    he: [{ p: 'קוד (האימות|אימות|חד פעמי|הכניסה)', note: 'Hebrew verification code.' }],
    tr: [
      { p: '(dogrulama|onay|guvenlik|giris) kod~', note: 'Meta tr preset: "doğrulama kodun".' },
      { p: 'tek kullanimlik (sifre|kod)', note: 'One-time password.' },
    ],
    az: [{ p: '(tesdiq|təsdiq|dogrulama)\\p{L}* kod~', note: 'Azerbaijani confirmation code.' }],
    nl: [
      {
        p: '(verificatie|beveiligings|inlog|bevestigings|eenmalige ?)code',
        note: 'Meta nl preset: "is je verificatiecode".',
      },
    ],
    af: [{ p: '(verifikasie|sekuriteits|eenmalige ?)kode', note: 'Meta af preset: "is jou verifikasiekode".' }],
    sv: [
      {
        p: '(verifierings|sakerhets|inloggnings|bekraftelse|engangs)kod~',
        note: 'Meta sv preset: "är din verifieringskod".',
      },
    ],
    nb: [
      { p: '(verifiserings|bekreftelses|sikkerhets|engangs|innloggings)kode~', note: 'Norwegian verification code.' },
    ],
    da: [
      {
        p: '(bekraftelses|bekræftelses|verifikations|sikkerheds|engangs|login)kode~',
        note: 'Danish verification code.',
      },
    ],
    fi: [{ p: '(vahvistus|varmennus|turva|kertakaytto|kirjautumis)koodi~', note: 'Finnish verification code.' }],
    et: [{ p: '(kinnitus|turva|tuvastus|uhekordne )kood~', note: 'Estonian verification code.' }],
    lv: [{ p: '(verifikacijas|apstiprinajuma|drosibas) kod~', note: 'Latvian verification code.' }],
    lt: [{ p: '(patvirtinimo|patikros|saugos) kod~', note: 'Meta lt preset: "yra jūsų patvirtinimo kodas".' }],
    pl: [
      {
        p: 'kod (weryfikacyjny|weryfikacji|bezpieczenstwa|jednorazowy|potwierdzajacy|logowania)',
        note: 'Meta pl preset: "to kod weryfikacyjny".',
      },
      { p: 'jednorazow~ (kod|haslo)', note: 'One-time code.' },
    ],
    cs: [
      { p: '(overovaci|potvrzovaci|bezpecnostni|jednorazovy) kod', note: 'Meta cs preset: "Váš ověřovací kód je".' },
    ],
    sk: [{ p: '(overovaci|potvrdzovaci|bezpecnostny|jednorazovy) kod', note: 'Slovak verification code.' }],
    sl: [
      {
        p: '(potrditvena|verifikacijska|varnostna|enkratna) koda|koda za (preverjanje|potrditev)',
        note: 'Meta sl preset: "Tvoja potrditvena koda je".',
      },
    ],
    hr: [
      { p: '(kod|kôd) za (provjeru|potvrdu|verifikaciju)', note: 'Croatian verification code.' },
      { p: '(verifikacijski|jednokratni|sigurnosni) kod', note: 'Croatian verification code.' },
    ],
    sr: [
      {
        p: '(код|кoд|kod) за (потврду|верификацију)',
        note: 'Meta sr preset: "је ваш кôд за потврду" (its ô is a Latin letter inside Cyrillic; folds to Latin o).',
      },
      { p: 'kod za (potvrdu|verifikaciju)', note: 'Serbian, Latin script.' },
    ],
    bg: [
      {
        p: 'код за (потвърждение|потвърждаване|верификация|достъп)',
        note: 'Meta bg preset: "е вашият код за потвърждение".',
      },
    ],
    mk: [{ p: 'код за (потврда|верификација)', note: 'Macedonian verification code.' }],
    ru: [
      { p: '(код|кода) (подтверждения|проверки|верификации|доступа|для входа)', note: 'Russian verification code.' },
      { p: '(проверочный|одноразовый) (код|пароль)', note: 'Russian one-time code.' },
    ],
    uk: [
      { p: '(код|кода) (підтвердження|перевірки|верифікації|доступу)', note: 'Ukrainian verification code.' },
      { p: '(одноразовий|перевірочний) (код|пароль)', note: 'Ukrainian one-time code.' },
    ],
    kk: [{ p: '(растау|тексеру|растау коды|бір реттік) код~', note: 'Kazakh verification code.' }],
    uz: [{ p: '(tasdiqlash|tekshirish|bir martalik) kod~', note: 'Uzbek verification code.' }],
    ka: [{ p: '(დამადასტურებელი|ვერიფიკაციის|დადასტურების) კოდ~', note: 'Georgian verification code.' }],
    hy: [{ p: '(հաստատման|ստուգման) կոդ~', note: 'Armenian verification code.' }],
    sq: [{ p: 'kod~ (yt |juaj )?(i|e) (verifikimit|konfirmimit|sigurise)', note: 'Albanian verification code.' }],
    ro: [
      {
        p: 'cod~ (tau |dvs\\.? |dumneavoastra )?(de )?(verificare|securitate|confirmare|acces|autentificare)',
        note: 'Meta ro preset: "este codul tău de verificare".',
      },
      { p: 'parola (unica|de unica folosinta)', note: 'One-time password.' },
    ],
    hu: [
      {
        p: '(ellenorzo|megerosito|biztonsagi|egyszer hasznalatos|ellenorzesi) ?kod~',
        note: 'Hungarian verification code.',
      },
    ],
    el: [{ p: 'κωδικ~ (επαληθευσης|επιβεβαιωσης|ασφαλειας|προσβασης)', note: 'Greek verification code.' }],
    vi: [{ p: 'ma (xac minh|xac thuc|xac nhan|otp|bao mat|dang nhap)', note: 'Vietnamese "mã xác minh".' }],
    fil: [{ p: 'ang iyong (verification )?code', note: 'Meta fil preset: "ang iyong verification code".' }],
    sw: [
      {
        p: '(msimbo|nambari) (wako |yako )?(wa|ya) (uthibitishaji|kuthibitisha|siri)',
        note: 'Swahili verification code.',
      },
    ],
    zu: [{ p: '(i|yi)khodi (yakho )?yokuqinisekisa', note: 'Zulu verification code.' }],
    ha: [{ p: 'lambar (tabbatarwa|tantancewa)~', note: 'Hausa verification code.' }],
    ga: [{ p: '(cod|chod) (fioraithe|deimhnithe)', note: 'Irish verification code.' }],
    rw: [{ p: 'kode (yawe )?yo kwemeza', note: 'Kinyarwanda verification code.' }],
    ky: [{ p: 'ырастоо код~', note: 'Kyrgyz verification code.' }],
    mn: [{ p: 'баталгаажуулах код~', note: 'Mongolian verification code.' }],
    ne: [{ p: 'प्रमाणीकरण कोड', note: 'Nepali verification code.' }],
    si: [{ p: 'සත්‍යාපන කේතය|තහවුරු කිරීමේ කේතය', note: 'Sinhala verification code.' }],
    zh: [
      {
        p: '(验证码|驗證碼|认证码|認證碼|校验码|校驗碼|确认码|確認碼|动态密码|動態密碼|一次性密码|一次性密碼)',
        note: 'Meta zh preset: "是你的驗證碼".',
      },
    ],
    ja: [
      {
        p: '(認証コード|確認コード|認証番号|確認番号|ワンタイムパスワード|セキュリティコード)',
        note: 'Meta ja preset: "があなたの認証コードです".',
      },
    ],
    ko: [
      {
        p: '(인증 ?코드|인증 ?번호|확인 ?코드|보안 ?코드|일회용 ?비밀번호)',
        note: 'Meta ko preset: "인증 코드는 … 입니다".',
      },
    ],
    th: [{ p: '(รหัสยืนยัน|รหัสผ่านแบบใช้ครั้งเดียว|รหัส ?otp|รหัสความปลอดภัย)', note: 'Thai verification code.' }],
    lo: [{ p: 'ລະຫັດຢືນຢັນ', note: 'Lao verification code.' }],
    km: [{ p: 'លេខកូដផ្ទៀងផ្ទាត់', note: 'Khmer verification code.' }],
    my: [{ p: 'အတည်ပြုကုဒ်', note: 'Burmese verification code.' }],
  },
  examples: {
    match: [
      { lang: 'en', body: 'Your code to create the password for your new account is {{1}}.' },
      { lang: 'es', body: '{{1}} es tu código para iniciar sesión.' },
      { lang: 'en', body: '{{1}} is your verification code. For your security, do not share this code.' },
      { lang: 'es', body: 'Tu código de verificación es *{{1}}*.' },
      { lang: 'pt', body: 'Seu código de acesso é {{1}}.' },
      { lang: 'it', body: 'Il tuo codice di verifica è {{1}}.' },
      { lang: 'de', body: 'Dein Bestätigungscode lautet {{1}}.' },
      { lang: 'ja', body: '{{1}}があなたの認証コードです。' },
    ],
    noMatch: [
      { lang: 'es', body: 'Tu código para acceder al evento es {{1}}.' },
      { lang: 'en', body: 'Use code {{1}} to get 20% off your next order.' },
      { lang: 'en', body: 'Your tracking number is {{1}}.' },
      { lang: 'pt', body: 'Use o cupom {{1}} e ganhe desconto.' },
      { lang: 'es', body: 'Tu pedido {{1}} ha sido enviado.' },
    ],
  },
});
