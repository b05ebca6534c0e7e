/**
 * Guessable words beyond English, for the passphrase estimate (passphrase.ts). Each list is
 * folded the same way as the passphrase (fold.ts) before it is looked up. Kept short: this
 * loads with the saving code, whose size is budgeted (npm run bench).
 */

/**
 * Common Welsh, Arabic, Polish and Romanian passwords and set phrases, written without spaces
 * (English ones are in passphrase.ts, COMMON_PASSWORDS). Polish and Romanian ones are given with
 * and without their own letters (hasło, haslo), as people type both.
 */
export const COMMON_PASSWORDS_OTHER_LANGUAGES = `
cyfrinair cyfrinair1 cyfrinair123 cymru cymruambyth cymraeg rwyndygarudi dwinddygarudi rwynddygarudi caruti
cariad diolch croeso boreda nosda iechydda draig ddraiggoch yddraiggoch caerdydd abertawe wrecsam
كلمهالمرور كلمهالسر كلمهسر الرقمالسري احبك بحبك انااحبك احبكيا مرحبا السلامعليكم بسمالله بسماللهالرحمنالرحيم
اللهاكبر الحمدلله سبحانالله لااللهالاالله ماشاءالله انشاءالله استغفرالله حبيبي حبيبتي فلسطين مصر السعوديه
العراق سوريا المغرب الجزائر الاردن لبنان
bismillah allahuakbar alhamdulillah subhanallah mashallah inshallah habibi habibti assalamualaikum salam
haslo hasło haslo1 haslo12 haslo123 hasło123 haslo1234 polska polska1 polska12 polska123 kochanie kocham kochamcie
kochamcię kochamcie1 kochamciebie niunia misiek misiaczek slonko słonko dupa dupa1 dupa123 zaq12wsx zaq1xsw2
parola parola1 parola12 parola123 parola1234 teiubesc teiubescmult iubire iubirea iubita iubitul dragoste romania
romania1 bucuresti bucurești printesa prințesa ingeras îngeraș smecher șmecher fotbal
`;

/** Very common Welsh, Arabic, Polish and Romanian words that make up a guessable phrase ("Cymru am byth", "te iubesc mult"). */
export const COMMON_WORDS_OTHER_LANGUAGES = `
am byth a ac ar yn y yr o i fy dy ei ein eich eu mae wyf rwy dwi rwyn dwin garu caru di ti fi ni chi nhw hi fe fo
da bore nos croeso diolch cariad calon mam dad tad nain taid plant ty cath ci haul coch gwyn glas gwyrdd du
gyda heb yma dim iawn hapus pen blwydd
الله حب قلب بيت ام اب انا انت انتي هو هي نحن في من على الي مع كلمه السر المرور سر عمري حياتي امي ابي اخي اختي
يا و لا نعم سلام صباح مساء الخير النور ورد شمس قمر بحر
ja ty moj mój moja moje cie cię ciebie sie się bardzo nie tak jest mam mama tata zawsze serce milosc miłość zycie
życie szczescie szczęście slonce słońce aniolek aniołek twoj twój
te eu tu el ea si și nu da la cu pe mea meu tata mult mereu totdeauna viata viața inima inimă fericire frumoasa
frumoasă
`;

/**
 * First names people often put in a passphrase (their own, a child's): common in the UK, in
 * Wales, and in Arabic, in Arabic script and in the usual Latin spellings; and in Poland and
 * Romania, with and without their own letters (łukasz, lukasz; ștefan, stefan).
 */
export const NAMES = `
james john robert michael william david richard joseph thomas charles daniel matthew anthony paul steven andrew
kevin brian george edward ryan jacob gary nicholas eric stephen scott samuel peter sean adam nathan oliver harry
charlie alfie freddie archie leo noah jack liam connor callum lewis dylan
mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa margaret sandra emily michelle
amanda melissa rebecca laura helen anna nicole emma samantha katherine rachel catherine victoria olivia lauren
megan hannah sophie sophia charlotte chloe amelia isla ava mia ella grace lucy abigail jade ruby evie
dafydd dewi rhys gareth huw iwan owain emyr gethin aled bryn osian ioan elis tomos llew sion sian cerys ffion nia
eleri catrin angharad bethan carys lowri mali seren elin alys gwen haf manon nerys rhiannon
muhammad mohammed mohammad mohamed muhammed ahmed ahmad ali omar umar hassan hussein husain khalid khaled yusuf
youssef ibrahim abdullah abdallah mustafa mahmoud karim tariq hamza bilal fatima fatimah aisha ayesha maryam
mariam zainab khadija noor nour layla leila amina yasmin yasmine huda salma rania
محمد احمد علي عمر حسن حسين خالد يوسف ابراهيم عبدالله مصطفي محمود كريم طارق حمزه بلال فاطمه عائشه مريم زينب
خديجه نور ليلي ساره امينه ياسمين هدي سلمي رانيا
anna maria katarzyna malgorzata małgorzata agnieszka barbara ewa krystyna elzbieta elżbieta zofia joanna magdalena
monika aleksandra natalia julia zuzanna maja hanna lena alicja oliwia wiktoria kasia basia gosia ola piotr krzysztof
andrzej tomasz pawel paweł jan michal michał marcin grzegorz jozef józef lukasz łukasz marek mateusz jakub kamil
wojciech maciej bartosz bartek szymon kacper filip antoni wiktor mikolaj mikołaj dawid kuba stanislaw stanisław
ion ioan gheorghe vasile constantin nicolae stefan ștefan ştefan cristian florin adrian marius gabriel ionut ionuț
bogdan razvan răzvan catalin cătălin andrei alexandru mihai dumitru radu cosmin ovidiu ioana andreea alexandra
cristina mihaela elena gabriela florentina daniela adriana simona raluca roxana alina irina diana denisa bianca
teodora ana georgiana larisa
`;
