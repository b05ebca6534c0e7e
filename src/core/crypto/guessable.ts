/**
 * Guessable words beyond English, for the passphrase estimate (passphrase.ts). Each list is
 * folded the same way as the passphrase (fold.ts) before it is looked up. Kept short: this
 * loads with the saving code, whose size is budgeted (npm run bench).
 */

/** Common Welsh and Arabic passwords and set phrases, written without spaces. */
export const COMMON_PASSWORDS_CY_AR = `
cyfrinair cyfrinair1 cyfrinair123 cymru cymruambyth cymraeg rwyndygarudi dwinddygarudi rwynddygarudi caruti
cariad diolch croeso boreda nosda iechydda draig ddraiggoch yddraiggoch caerdydd abertawe wrecsam
كلمهالمرور كلمهالسر كلمهسر الرقمالسري احبك بحبك انااحبك احبكيا مرحبا السلامعليكم بسمالله بسماللهالرحمنالرحيم
اللهاكبر الحمدلله سبحانالله لااللهالاالله ماشاءالله انشاءالله استغفرالله حبيبي حبيبتي فلسطين مصر السعوديه
العراق سوريا المغرب الجزائر الاردن لبنان
bismillah allahuakbar alhamdulillah subhanallah mashallah inshallah habibi habibti assalamualaikum salam
`;

/** Very common Welsh and Arabic words that make up a guessable phrase ("Cymru am byth"). */
export const COMMON_WORDS_CY_AR = `
am byth a ac ar yn y yr o i fy dy ei ein eich eu mae wyf rwy dwi rwyn dwin garu caru di ti fi ni chi nhw hi fe fo
da bore nos croeso diolch cariad calon mam dad tad nain taid plant ty cath ci haul coch gwyn glas gwyrdd du
gyda heb yma dim iawn hapus pen blwydd
الله حب قلب بيت ام اب انا انت انتي هو هي نحن في من على الي مع كلمه السر المرور سر عمري حياتي امي ابي اخي اختي
يا و لا نعم سلام صباح مساء الخير النور ورد شمس قمر بحر
`;

/**
 * First names people often put in a passphrase (their own, a child's): common in the UK, in
 * Wales, and in Arabic, in Arabic script and in the usual Latin spellings.
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
`;
