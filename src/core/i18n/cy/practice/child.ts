import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

/**
 * Ymarfer y plentyn: the child is "ti". Each blank ({safePlace}, {trustedPerson}, {nearestPhone})
 * ends its sentence and follows a word that does not change it ("i", "ar", "wrth"): the child's
 * own words come after a colon, "i dy le diogel: o dan fy ngwely".
 */
export const childPractice: Translation<typeof en> = {
  "practice.child.title": "Ymarfer fy nghynllun",
  "practice.child.intro": [
    "Gad i ni ymarfer dy gynllun. Dim ond esgus yw e.",
    "Byddi di'n darllen am adeg gartref. Yna dewisa beth fyddet ti'n ei wneud.",
    "Byddwn ni'n dweud pam mae pob un yn helpu, neu pam efallai nad yw'n ddiogel. Cei di drio eto mor aml ag rwyt ti eisiau.",
  ],
  "practice.child.blank.safePlace": "dy le diogel",
  "practice.child.blank.trustedPerson": "oedolyn rwyt ti'n ymddiried ynddo",
  "practice.child.blank.nearestPhone": "y ffôn agosaf",
  "practice.child.blank.neighbour": "oedolyn drws nesaf",
  "practice.child.blank.name": "dy enw",
  "practice.child.blank.address": "dy gyfeiriad",
  "practice.child.shouting-downstairs.situation":
    "Rwyt ti'n chwarae i fyny'r grisiau. Rwyt ti'n clywed gweiddi i lawr y grisiau.",
  "practice.child.shouting-downstairs.question": "Beth alli di ei wneud?",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "Cadwa allan o'r ffordd. Dos i {safePlace}.",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "Ie. Mae hynny'n ffordd dda o gadw'n ddiogel. Nid dy fai di yw'r gweiddi. Nid dy waith di yw ei stopio.",
  "practice.child.shouting-downstairs.shouting-go-down.label": "Dos i lawr a dweud wrthyn nhw am stopio.",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "Mae hynny'n syniad caredig. Ond dydy hi ddim yn ddiogel mynd i'r canol. Gall oedolion ddatrys y peth. Dy waith di yw cadw'n ddiogel.",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "Dos i lawr i weld beth sy'n digwydd.",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "Mae'n iawn bod eisiau gwybod. Ond gallet ti gael dy frifo. Mae'n fwy diogel cadw allan o'r ffordd a mynd i {safePlace}.",
  "practice.child.someone-getting-hurt.situation": "Mae'r oedolion yn ymladd. Mae rhywun yn cael ei frifo.",
  "practice.child.someone-getting-hurt.question": "Beth yw'r peth diogel i'w wneud?",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "Dos i'r canol i'w stopio.",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "Rwyt ti eisiau helpu, ac mae hynny'n garedig. Ond gallet ti gael dy frifo hefyd. Alli di ddim ei stopio. Nid dy waith di yw trio. Dos allan o'r ffordd.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "Dos allan o'r ffordd. Dos i {safePlace}. Os yw'n ddiogel, ffonia 999 ar {nearestPhone}.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "Ie. Rwyt ti'n cadw'n ddiogel yn gyntaf. Yna, os yw'n ddiogel, rwyt ti'n ffonio 999 ac yn gofyn am yr heddlu. Gallan nhw helpu.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "Os wyt ti'n gallu mynd allan yn ddiogel, dos i gael help gan {neighbour}.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "Ie, gall hynny helpu hefyd. Dos dim ond os yw'n ddiogel mynd allan. Gall oedolyn drws nesaf ffonio am help.",
  "practice.child.scared-at-night.situation":
    "Mae'n nos. Rwyt ti yn y gwely. Rwyt ti'n clywed synau uchel, ac mae ofn arnat ti.",
  "practice.child.scared-at-night.question": "Beth alli di ei wneud?",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "Anadla'n araf ac yn ddwfn. Aros lle rwyt ti, neu dos i {safePlace}.",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "Ie. Gall anadlu'n araf dy helpu i deimlo'n dawel. Mae'n ddiogel cadw allan o'r ffordd. Gallet ti roi cwtsh i degan hefyd.",
  "practice.child.scared-at-night.night-go-and-look.label": "Coda a dos i weld beth sy'n digwydd.",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "Mae'n iawn bod eisiau gwybod. Ond dydy hi ddim yn ddiogel mynd yn agos at yr ymladd. Cadwa allan o'r ffordd. Galli di siarad amdano yn y dydd.",
  "practice.child.scared-at-night.night-tell-later.label":
    "Yn y dydd, dywed sut roeddet ti'n teimlo wrth {trustedPerson}.",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "Ie. Mae'n dda dweud wrth oedolyn sut rwyt ti'n teimlo. Gallan nhw dy helpu i deimlo'n ddiogel. Fyddi di ddim mewn trwbl.",
  "practice.child.keep-a-secret.situation": "Mae rhywun gartref yn dweud: paid â dweud wrth neb beth sy'n digwydd yma.",
  "practice.child.keep-a-secret.question": "Beth alli di ei wneud?",
  "practice.child.keep-a-secret.secret-keep-it.label": "Cadwa'r gyfrinach. Paid â dweud wrth neb.",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "Gall fod yn anodd dweud. Ond dydy cyfrinach sy'n dy wneud di'n drist neu'n ofnus ddim yn gyfrinach dda. Mae'n iawn dweud. Fyddi di ddim mewn trwbl.",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "Dywed wrth {trustedPerson}.",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "Ie. Galli di ddweud wrth oedolyn rwyt ti'n ymddiried ynddo, fel athro. Nid dy fai di yw e. Drwy ddweud, rwyt ti'n cael help.",
  "practice.child.little-one-crying.situation":
    "Mae'r oedolion yn ymladd. Mae dy frawd bach neu dy chwaer fach yn ofnus ac yn crio.",
  "practice.child.little-one-crying.question": "Beth alli di ei wneud?",
  "practice.child.little-one-crying.crying-take-them.label":
    "Os ydyn nhw'n agos atat ti, dos â nhw gyda ti i {safePlace}.",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "Ie, os galli di wneud hynny'n ddiogel. Gallwch chi'ch dau gadw allan o'r ffordd gyda'ch gilydd. Gallet ti roi cwtsh iddyn nhw, neu ganu cân yn dawel.",
  "practice.child.little-one-crying.crying-ask-grown-ups.label":
    "Dos i ddweud wrth yr oedolion am stopio, er mwyn i'r crio stopio.",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "Mae hynny'n syniad caredig. Ond dydy hi ddim yn ddiogel mynd yn agos at yr ymladd. Cadwa allan o'r ffordd. Nid dy waith di yw ei stopio.",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "Pan fydd e drosodd, dywed wrth {trustedPerson}. Dywed fod dy frawd neu dy chwaer yn ofnus.",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "Ie. Gall oedolyn rwyt ti'n ymddiried ynddo helpu i'ch cadw chi'ch dau'n ddiogel. Eu gwaith nhw yw ei drwsio, nid dy waith di.",
  "practice.child.after-a-fight.situation": "Mae'r ymladd drosodd. Rwyt ti'n teimlo'n drist, neu'n grac, neu'r ddau.",
  "practice.child.after-a-fight.question": "Beth all helpu?",
  "practice.child.after-a-fight.after-talk.label": "Dywed sut rwyt ti'n teimlo wrth {trustedPerson}.",
  "practice.child.after-a-fight.after-talk.feedback":
    "Ie. Mae'n iawn teimlo sut rwyt ti'n teimlo. Gall siarad ag oedolyn rwyt ti'n ymddiried ynddo helpu llawer.",
  "practice.child.after-a-fight.after-keep-it-in.label": "Cadwa'r cyfan i ti dy hun. Paid â dweud wrth neb.",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "Mae llawer o blant yn teimlo fel yna. Ond gall teimladau mawr dyfu pan wyt ti'n eu cadw i mewn. Mae'n help siarad â rhywun rwyt ti'n ymddiried ynddo.",
  "practice.child.after-a-fight.after-calm-thing.label": "Gwna rywbeth tawel, fel tynnu llun, darllen neu chwarae.",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "Ie. Gall rhywbeth tawel dy helpu i deimlo ychydig yn well. Galli di siarad ag oedolyn wedyn hefyd.",
  "practice.child.call.title": "Ymarfer galwad 999",
  "practice.child.call.intro": [
    "Gad i ni esgus ffonio 999. Dydy hon ddim yn alwad go iawn.",
    "Dywed y geiriau'n uchel. Gall dy oedolyn di fod y person ar y ffôn.",
    "Ffonia 999 go iawn dim ond os yw'n ddiogel.",
  ],
  "practice.child.call.which-service.operator": "Argyfwng. Pa un sydd ei angen arnat ti?",
  "practice.child.call.which-service.prompt": "Yr heddlu, os gwelwch yn dda.",
  "practice.child.call.which-service.hint": "Gofyn am yr heddlu.",
  "practice.child.call.name.operator": "Beth yw dy enw di?",
  "practice.child.call.name.prompt": "Fy enw i yw {name}.",
  "practice.child.call.name.hint": "Dywed dy enw. Siarada'n araf.",
  "practice.child.call.address.operator": "Ble wyt ti? Beth yw dy gyfeiriad di?",
  "practice.child.call.address.prompt": "Fy nghyfeiriad i yw {address}.",
  "practice.child.call.address.hint": "Dywed ble rwyt ti'n byw. Mae'n help ei wybod ar dy gof.",
  "practice.child.call.what-is-happening.operator": "Beth sy'n digwydd?",
  "practice.child.call.what-is-happening.prompt": "Mae rhywun yn cael ei frifo yn fy nhŷ i.",
  "practice.child.call.what-is-happening.hint": "Dywed beth sy'n digwydd. Fel: mae Mam yn cael ei brifo.",
  "practice.child.call.are-you-safe.operator": "Wyt ti'n ddiogel nawr?",
  "practice.child.call.are-you-safe.prompt": "Dw i yn fy lle diogel.",
  "practice.child.call.are-you-safe.hint": "Dywed ble rwyt ti. Dywed os wyt ti'n teimlo'n ddiogel neu beidio.",
  "practice.child.call.stay-on-the-line.operator": "Aros ar y lein os galli di.",
  "practice.child.call.stay-on-the-line.prompt": "Iawn. Bydda i'n aros ar y ffôn.",
  "practice.child.call.stay-on-the-line.hint":
    "Cadwa'r ffôn ymlaen os galli di. Gwna beth maen nhw'n ei ddweud. Maen nhw yno i dy helpu di.",
  "practice.child.call.silentCall": [
    "Weithiau alli di ddim siarad. Mae hynny'n iawn.",
    "Os wyt ti ar ffôn symudol, ffonia 999. Aros ar y lein a gwranda.",
    "Pan fyddan nhw'n gofyn, pwysa 5 ac yna 5 eto. Dyna 55.",
    "Mae hynny'n dweud wrthyn nhw ei fod yn wir. Yna gallan nhw dy helpu di.",
  ],
  "practice.child.call.ending": [
    "Da iawn! Fe wnest ti'n dda.",
    "Ffonia 999 go iawn dim ond pan fydd angen. Fel pan fydd rhywun wedi brifo neu mewn perygl.",
  ],
  "practice.child.closing": [
    "Nid dy fai di yw e.",
    "Galli di ymarfer eto unrhyw bryd.",
    "Galli di ddweud sut rwyt ti'n teimlo wrth {trustedPerson}.",
  ],
};
