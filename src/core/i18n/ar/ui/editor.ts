import type { editor as en } from "../../en/ui/editor";
import type { Translation } from "../../types";

export const editor: Translation<typeof en> = {
  "editor.moreAbout": "المزيد عن هذه الخطة",
  "editor.keptOnScreen.title": "محفوظة على هذه الشاشة فقط.",
  "editor.keptOnScreen.text": "مغادرة هذه الصفحة أو إعادة تحميلها، أو استخدام زر الخروج، يمسحها.",
  "editor.whichPlan": "الخطة التي تريد عرضها",
  "editor.planNumber": "الخطة {n}",
  "editor.planOption": "{name}، آخر تغيير في {date}",
  "editor.sections.label": "أقسام هذه الخطة",
  "editor.sections.title": "الأقسام",

  "editor.progress.notStarted": "لم تبدأ بعد",
  "editor.progress.answered": "تمت الإجابة عن {answered} من {total}",
  "editor.progress.done": "تمت الإجابة",
  "editor.progress.decided": "تقرّر {decided} من {total}",
  "editor.questionsToThink": "أسئلة للتفكير فيها",
  "editor.questionsToAsk": "أسئلة تطرحها",
  "editor.numbersToKnow": "أرقام من المهم أن تعرفها",

  "editor.review.title": "حان وقت النظر في هذه الخطة مرة أخرى",
  "editor.review.text":
    "كنت تنوي مراجعتها في {date}. ربما تغيّرت أشياء منذ ذلك الحين: الأشخاص والأرقام والأماكن والخطط الخاصة بالأطفال. انظر مرة أخرى في:",
  "editor.review.done": "راجعتها اليوم",
  "editor.review.log": "رُوجعت في: {dates}.",

  "editor.agree": "أوافق",
  "editor.clearAnswer": "امسح الإجابة",
  "editor.text.full": "هذه الإجابة ممتلئة. يمكنك المتابعة في مربع آخر.",
  "editor.text.left": {
    one: "بقي لديك حرف واحد.",
    two: "بقي لديك حرفان.",
    few: "بقي لديك {count} أحرف.",
    many: "بقي لديك {count} حرفًا.",
    other: "بقي لديك {count} حرف.",
  },
  "editor.toField": "إلى {field}",

  "editor.list.name": "الاسم",
  "editor.list.phone": "رقم الهاتف",
  "editor.list.role": "كيف يمكنه المساعدة",
  "editor.list.place": "المكان",
  "editor.list.placeNote": "كيف سأصل إلى هناك، أو أي شيء آخر أريد أن أتذكّره",
  "editor.list.person": "{field}: الشخص {n}",
  "editor.list.placeN": "{field}: المكان {n}",
  "editor.list.addPerson": "أضف شخصًا",
  "editor.list.addAnotherPerson": "أضف شخصًا آخر",
  "editor.list.addPlace": "أضف مكانًا",
  "editor.list.addAnotherPlace": "أضف مكانًا آخر",
  "editor.list.remove": "احذف",
  "editor.list.removePerson": "الشخص {n} من {field}",
  "editor.list.removePlace": "المكان {n} من {field}",
  "editor.list.full": "هذا أقصى ما تتسع له هذه القائمة ({max}).",
  "editor.list.removed": "تم الحذف: {what}.",
  "editor.list.undo": "تراجع",

  "editor.print.title": "اطبع",
  "editor.print.discreet": "نسخة مطبوعة متحفّظة: كلمات عادية فقط، وعنوان عادي («{title}»)",
  "editor.print.discreetHint":
    "تصبح العناوين كلمات مثل «ملاحظات» و«أشخاص»، وتُحذف أسماء الخدمات. هذا الاختيار يشمل كل نسخة مطبوعة في هذه الصفحة، ولا يُحفظ.",
  "editor.print.numbersLegend": "الأرقام على الورقة",
  "editor.print.numbersHint":
    "يُطبع كل رقم وحده، دون اسم الخدمة. يمكنك أن تعطيه اسمًا لا يفهمه أحد غيرك، أو أن تتركه فارغًا.",
  "editor.print.numberLabel": "{name}، {phone}",
  "editor.print.fullText":
    "تُظهر النسخة المطبوعة إجاباتك، مع أسطر للكتابة عليها لأي شيء تخطّيته. احتفظ بها في مكان لن يعثر عليها فيه أحد، أو اطلب من مرشد الدعم أن يحتفظ بها لك.",
  "editor.print.aboutMe": "اطبع أيضًا ما ينطبق عليّ وما يهمّني أكثر (لا يُطبع أبدًا في النسخة المتحفّظة)",
  "editor.print.skipEmpty": "لا تطبع الأسئلة التي لم أُجب عنها",

  "editor.paper.forWhom": "لأجل:",
  "editor.paper.reviewedOn": "رُوجعت في:",
  "editor.paper.name": "الاسم",
  "editor.paper.phone": "الهاتف",
  "editor.paper.notes": "ملاحظات",
  "editor.paper.howTheyCanHelp": "كيف يمكنه المساعدة",
  "editor.paper.closing": "يمكن للخطة أن تقلّل الخطر، لكنها لا تضمن الأمان. إذا كنت في خطر، اتصل بالرقم 999.",
  "editor.paper.cardTitle": "أرقام هواتفي",
  "editor.paper.cardTitlePlain": "أرقامي",
  "editor.paper.someoneITrust": "شخص أثق به",
  "editor.paper.documentTitle": "ملاحظات",
};
