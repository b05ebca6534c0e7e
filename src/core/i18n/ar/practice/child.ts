import type { childPractice as en } from "../../en/practice/child";
import type { Translation } from "../../types";

/**
 * تدريب الطفل: very short sentences and common words. Each blank ({safePlace}, {trustedPerson},
 * {nearestPhone}) ends its sentence and follows a preposition ("إلى", "مع", "من"), so the blank's
 * words and the child's own words after the colon read well: "إلى مكانك الآمن: تحت سريري".
 */
export const childPractice: Translation<typeof en> = {
  "practice.child.title": "تدرّب على خطتي",
  "practice.child.intro": [
    "هيا نتدرّب على خطتك. هذا مجرد تمثيل.",
    "ستقرأ عن وقت في البيت. ثم اختر ما ستفعله.",
    "سنقول لك لماذا يساعد كل خيار، أو لماذا قد لا يكون آمنًا. يمكنك أن تحاول مرة أخرى كما تشاء.",
  ],
  "practice.child.blank.safePlace": "مكانك الآمن",
  "practice.child.blank.trustedPerson": "شخص كبير تثق به",
  "practice.child.blank.nearestPhone": "أقرب هاتف",
  "practice.child.blank.neighbour": "شخص كبير من الجيران",
  "practice.child.blank.name": "اسمك",
  "practice.child.blank.address": "عنوانك",
  "practice.child.shouting-downstairs.situation": "أنت تلعب في الطابق العلوي. تسمع صراخًا في الطابق السفلي.",
  "practice.child.shouting-downstairs.question": "ماذا يمكنك أن تفعل؟",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "ابتعد عن الطريق. اذهب إلى {safePlace}.",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "نعم. هذه طريقة جيدة لتبقى آمنًا. الصراخ ليس ذنبك. وليس من واجبك أن توقفه.",
  "practice.child.shouting-downstairs.shouting-go-down.label": "انزل وقل لهم أن يتوقفوا.",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "هذه فكرة لطيفة. لكن ليس من الآمن أن تقف في الوسط. الكبار يستطيعون حل الأمر. واجبك أن تبقى آمنًا.",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "انزل لترى ما يحدث.",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "لا بأس أن تريد أن تعرف. لكن قد تتأذى. الأكثر أمانًا أن تبتعد عن الطريق وتذهب إلى {safePlace}.",
  "practice.child.someone-getting-hurt.situation": "الكبار يتشاجرون. شخص ما يتأذى.",
  "practice.child.someone-getting-hurt.question": "ما الشيء الآمن الذي تفعله؟",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "قف بينهم لتوقف الشجار.",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "تريد أن تساعد، وهذا لطف منك. لكن قد تتأذى أنت أيضًا. لا يمكنك أن توقفه، وليس من واجبك أن تحاول. ابتعد عن الطريق.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "ابتعد عن الطريق. اذهب إلى {safePlace}. إذا كان ذلك آمنًا، اتصل بالرقم 999 من {nearestPhone}.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "نعم. ابقَ آمنًا أولًا. ثم، إذا كان ذلك آمنًا، اتصل بالرقم 999 واطلب الشرطة. هم يستطيعون المساعدة.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "إذا استطعت أن تخرج بأمان، اذهب واطلب المساعدة من {neighbour}.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "نعم، هذا قد يساعد أيضًا. اذهب فقط إذا كان الخروج آمنًا. الجار الكبير يستطيع أن يتصل ويطلب المساعدة.",
  "practice.child.scared-at-night.situation": "الوقت ليل. أنت في السرير. تسمع أصواتًا عالية وتشعر بالخوف.",
  "practice.child.scared-at-night.question": "ماذا يمكنك أن تفعل؟",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "تنفّس ببطء وبعمق. ابقَ حيث أنت، أو اذهب إلى {safePlace}.",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "نعم. التنفّس البطيء يساعدك على الهدوء. من الآمن أن تبقى بعيدًا عن الطريق. يمكنك أن تحضن لعبة أيضًا.",
  "practice.child.scared-at-night.night-go-and-look.label": "قم واذهب لترى ما يحدث.",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "لا بأس أن تريد أن تعرف. لكن ليس من الآمن أن تقترب من شجار. ابقَ بعيدًا عن الطريق. يمكنك أن تتكلم عن الأمر في النهار.",
  "practice.child.scared-at-night.night-tell-later.label": "في النهار، تكلّم عن شعورك مع {trustedPerson}.",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "نعم. من الجيد أن تخبر شخصًا كبيرًا بما تشعر به. هو يستطيع أن يساعدك لتشعر بالأمان. لن تقع في مشكلة.",
  "practice.child.keep-a-secret.situation": "شخص في البيت يقول: لا تخبر أحدًا بما يحدث هنا.",
  "practice.child.keep-a-secret.question": "ماذا يمكنك أن تفعل؟",
  "practice.child.keep-a-secret.secret-keep-it.label": "احفظ السر. لا تخبر أحدًا.",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "قد يكون الكلام صعبًا. لكن السر الذي يجعلك حزينًا أو خائفًا ليس سرًا جيدًا. لا بأس أن تخبر. لن تقع في مشكلة.",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "تكلّم مع {trustedPerson}.",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "نعم. يمكنك أن تخبر شخصًا كبيرًا تثق به، مثل معلّمك. هذا ليس ذنبك. عندما تخبر، تحصل على المساعدة.",
  "practice.child.little-one-crying.situation": "الكبار يتشاجرون. أخوك الصغير أو أختك الصغيرة يبكي من الخوف.",
  "practice.child.little-one-crying.question": "ماذا يمكنك أن تفعل؟",
  "practice.child.little-one-crying.crying-take-them.label": "إذا كان قريبًا منك، خذه معك إلى {safePlace}.",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "نعم، إذا استطعت ذلك بأمان. يمكنكما أن تبقيا معًا بعيدًا عن الطريق. يمكنك أن تحضنه، أو تغني له بهدوء.",
  "practice.child.little-one-crying.crying-ask-grown-ups.label": "اذهب وقل للكبار أن يتوقفوا، حتى يتوقف البكاء.",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "هذه فكرة لطيفة. لكن ليس من الآمن أن تقترب من شجار. ابقَ بعيدًا عن الطريق. ليس من واجبك أن توقفه.",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "عندما ينتهي الأمر، تكلّم مع {trustedPerson}. قل إن أخاك أو أختك كان خائفًا.",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "نعم. الشخص الكبير الذي تثق به يساعد لتبقيا آمنين. إصلاح الأمر واجبه هو، وليس واجبك.",
  "practice.child.after-a-fight.situation": "انتهى الشجار. تشعر بالحزن، أو بالغضب، أو بالاثنين.",
  "practice.child.after-a-fight.question": "ما الذي يمكن أن يساعد؟",
  "practice.child.after-a-fight.after-talk.label": "تكلّم عن شعورك مع {trustedPerson}.",
  "practice.child.after-a-fight.after-talk.feedback":
    "نعم. لا بأس أن تشعر بما تشعر به. الكلام مع شخص كبير تثق به يساعد كثيرًا.",
  "practice.child.after-a-fight.after-keep-it-in.label": "احتفظ بكل شيء في داخلك. لا تخبر أحدًا.",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "كثير من الأطفال يشعرون هكذا. لكن المشاعر الكبيرة قد تكبر أكثر عندما تخفيها. من المفيد أن تتكلم مع شخص تثق به.",
  "practice.child.after-a-fight.after-calm-thing.label": "افعل شيئًا هادئًا، مثل الرسم أو القراءة أو اللعب.",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "نعم. الشيء الهادئ يساعدك لتشعر بتحسّن قليلًا. ويمكنك أن تتكلم مع شخص كبير لاحقًا أيضًا.",
  "practice.child.call.title": "تدرّب على الاتصال بالرقم 999",
  "practice.child.call.intro": [
    "هيا نتظاهر بأننا نتصل بالرقم 999. هذا ليس اتصالًا حقيقيًا.",
    "قل الكلمات بصوت عالٍ. الشخص الكبير معك يمكن أن يكون الشخص على الهاتف.",
    "اتصل بالرقم 999 فعلًا فقط إذا كان ذلك آمنًا.",
  ],
  "practice.child.call.which-service.operator": "طوارئ. ماذا تحتاج؟",
  "practice.child.call.which-service.prompt": "الشرطة، من فضلك.",
  "practice.child.call.which-service.hint": "قل: الشرطة.",
  "practice.child.call.name.operator": "ما اسمك؟",
  "practice.child.call.name.prompt": "اسمي {name}.",
  "practice.child.call.name.hint": "قل اسمك. تكلّم ببطء.",
  "practice.child.call.address.operator": "أين أنت؟ ما عنوانك؟",
  "practice.child.call.address.prompt": "عنواني هو {address}.",
  "practice.child.call.address.hint": "قل أين تسكن. من المفيد أن تحفظ عنوانك.",
  "practice.child.call.what-is-happening.operator": "ماذا يحدث؟",
  "practice.child.call.what-is-happening.prompt": "شخص يتأذى في بيتي.",
  "practice.child.call.what-is-happening.hint": "قل ماذا يحدث. مثل: أمي تتأذى.",
  "practice.child.call.are-you-safe.operator": "هل أنت آمن الآن؟",
  "practice.child.call.are-you-safe.prompt": "أنا في مكاني الآمن.",
  "practice.child.call.are-you-safe.hint": "قل أين أنت. قل إن كنت تشعر بالأمان أم لا.",
  "practice.child.call.stay-on-the-line.operator": "ابقَ على الخط إن استطعت.",
  "practice.child.call.stay-on-the-line.prompt": "حسنًا. سأبقى على الهاتف.",
  "practice.child.call.stay-on-the-line.hint": "لا تغلق الهاتف إن استطعت. افعل ما يقولونه لك. هم هناك ليساعدوك.",
  "practice.child.call.silentCall": [
    "أحيانًا لا تستطيع أن تتكلم. لا بأس.",
    "إذا كنت على هاتف محمول، اتصل بالرقم 999. ابقَ على الخط واستمع.",
    "عندما يطلبون منك، اضغط 5 ثم 5 مرة أخرى. هذا هو 55.",
    "هكذا يعرفون أن الاتصال حقيقي. ثم يستطيعون مساعدتك.",
  ],
  "practice.child.call.ending": [
    "أحسنت! لقد قمت بعمل رائع.",
    "اتصل بالرقم 999 فعلًا فقط عندما تحتاج. مثلًا عندما يتأذى شخص، أو يكون في خطر.",
  ],
  "practice.child.closing": [
    "هذا ليس ذنبك.",
    "يمكنك أن تتدرّب مرة أخرى متى شئت.",
    "يمكنك أن تتكلم عن شعورك مع {trustedPerson}.",
  ],
};
