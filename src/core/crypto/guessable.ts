/**
 * Guessable words beyond English, for the passphrase estimate (passphrase.ts). Each list is
 * folded the same way as the passphrase (fold.ts) before it is looked up. Kept short: this
 * loads with the saving code, whose size is budgeted (npm run bench).
 */

/**
 * Common Welsh, Arabic, Polish, Romanian, Urdu and Panjabi passwords and set phrases, written
 * without spaces (English ones are in passphrase.ts, COMMON_PASSWORDS). Polish and Romanian ones
 * are given with and without their own letters (hasło, haslo), as people type both; Urdu and
 * Panjabi ones in their own scripts and in the Latin spellings people type on an English keyboard.
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
پاسورڈ پاکستان پاکستانزندہباد میںتمسےپیارکرتاہوں میںتمسےپیارکرتیہوں مجھےتمسےپیارہے بسماللہ ماشاءاللہ
انشاءاللہ الحمدللہ اللہاکبر سبحاناللہ میریجان جانو لاہور کراچی اسلامآباد
pakistan pakistan1 pakistan123 pakistanzindabad mainterapyar maintumsepyarkartahoon iloveu meripyari merijaan
jaanu janu jaan123 lahore karachi islamabad mirpur
ਪਾਸਵਰਡ ਵਾਹਿਗੁਰੂ ਵਾਹਿਗੁਰੂਜੀ ਸਤਿਸ੍ਰੀਅਕਾਲ ਸਤਿਨਾਮ ਪੰਜਾਬ ਮੈਂਤੈਨੂੰਪਿਆਰਕਰਦਾਹਾਂ ਮੈਂਤੈਨੂੰਪਿਆਰਕਰਦੀਹਾਂ ਚੜ੍ਹਦੀਕਲਾ
waheguru waheguruji satsriakal satnam satnamwaheguru punjab punjabi punjab123 chardikala khalsa jatt sardar
`;

/**
 * Very common Welsh, Arabic, Polish, Romanian, Urdu and Panjabi words that make up a guessable
 * phrase ("Cymru am byth", "te iubesc mult", "میں تم سے پیار کرتا ہوں", "waheguru ji ka khalsa").
 */
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
میں تم تو آپ سے کو کا کی کے پیار محبت عشق کرتا کرتی ہوں ہے ہیں میرا میری میرے جان دل زندگی امی ابو بھائی بہن
گھر اللہ پاکستان زندہ باد خدا حافظ سلام دوست
main mein tum tu aap se ko ka ki ke pyar pyaar mohabbat muhabbat ishq karta karti hoon hun hai mera meri mere
jaan dil zindagi ammi abbu bhai behen ghar zindabad khuda hafiz dost
ਮੈਂ ਤੂੰ ਤੁਸੀਂ ਤੈਨੂੰ ਨੂੰ ਦਾ ਦੀ ਦੇ ਜੀ ਕਾ ਪਿਆਰ ਕਰਦਾ ਕਰਦੀ ਹਾਂ ਹੈ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਜਾਨ ਦਿਲ ਜ਼ਿੰਦਗੀ ਮਾਂ ਭਰਾ ਭੈਣ ਘਰ
ਵਾਹਿਗੁਰੂ ਖਾਲਸਾ ਫ਼ਤਿਹ ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ ਪੰਜਾਬ
tu tusi tainu nu da di de ji ka karda kardi haan jaan dil maa bebe bapu veer bhen waheguru khalsa fateh
sat sri akal
`;

/**
 * First names people often put in a passphrase (their own, a child's): common in the UK, in
 * Wales, and in Arabic, in Arabic script and in the usual Latin spellings; in Poland and
 * Romania, with and without their own letters (łukasz, lukasz; ștefan, stefan); and among
 * Urdu and Panjabi speakers, in their scripts and in Latin letters.
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
imran asif arif zubair usman zahid naveed shahid tahir waqas faisal kamran adnan irfan nadia sana saima farah hina
rabia asma bushra sadia shazia nasreen parveen
عمران آصف عارف عثمان زاہد شاہد طاہر فیصل کامران عدنان عرفان نادیہ ثنا صائمہ فرح حنا رابعہ عاصمہ بشری سعدیہ شازیہ
gurpreet harpreet manpreet jaspreet amandeep navdeep simran jaswinder kulwinder harjit gurdeep balwinder
sukhwinder ranjit rajinder paramjit singh kaur
ਗੁਰਪ੍ਰੀਤ ਹਰਪ੍ਰੀਤ ਮਨਪ੍ਰੀਤ ਜਸਪ੍ਰੀਤ ਅਮਨਦੀਪ ਨਵਦੀਪ ਸਿਮਰਨ ਜਸਵਿੰਦਰ ਕੁਲਵਿੰਦਰ ਹਰਜੀਤ ਗੁਰਦੀਪ ਬਲਵਿੰਦਰ ਸੁਖਵਿੰਦਰ ਰਣਜੀਤ ਸਿੰਘ ਕੌਰ
`;
