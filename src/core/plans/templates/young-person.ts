import type { Template } from "../template";

/**
 * A young person's safety plan, for ages of about 12 to 17 ("Young person's plan", Appendix 7 of
 * the children's procedure, and section 18 on young people's own relationships).
 *
 * - Plain words, "you" in the help and "I" in the labels, as the proforma does.
 * - The core messages: it is not your fault, you cannot stop it, don't step in, get out of the way,
 *   phone 999 if it is safe (55 if you cannot speak on a mobile).
 * - Childline is named but not numbered: the editor shows numbers from configuration.
 */
export const youngPersonTemplate: Template = {
  kind: "young-person",
  title: "My plan",
  neutralTitle: "My notes",
  intro: [
    "This plan is about keeping you safe. It's yours, and you can skip any question you like.",
    "What happens at home is not your fault, and it's not your job to stop it. A plan can't promise that nothing bad will happen, but it can help you know what to do.",
    "It's best to make the plan with an adult you trust, like a support worker or a teacher, and to practise it together. It may be safer for them to keep it, rather than you.",
    "If you are in danger right now, phone 999.",
  ],
  sections: [
    {
      id: "what-i-know",
      title: "What I know",
      printTitle: "Things to remember",
      readAloud: true,
      help: [
        "Everyone has the right to be safe and looked after. Shouting, hitting and threats at home are never your fault, and you can't make them stop, however hard you try.",
        "Keeping yourself safe comes first. That can mean breaking the usual rules: saying no, shouting, screaming or running away to get help.",
      ],
      questions: ["What do you do now when things kick off at home?", "What else could you do to keep yourself safe?"],
      askQuestions: [
        "When the adults at home start arguing, or someone gets hurt, what do you usually do?",
        "Have you ever tried to stop it? (Thank them for caring, and be clear that stopping it is not their job.)",
        "Which adults do you feel able to talk to about what goes on at home?",
      ],
      fields: [
        {
          id: "right-to-be-safe",
          type: "agree",
          label: "Everyone has the right to be safe and looked after, including me.",
          printLabel: "Something I agree with",
          agreeText: "I agree",
        },
        {
          id: "not-my-fault",
          type: "agree",
          label: "The shouting and hurting at home are not my fault.",
          printLabel: "Something I agree with",
          agreeText: "I agree",
        },
        {
          id: "cannot-stop-it",
          type: "agree",
          label: "I can't stop the violence, and it's not my job to try.",
          printLabel: "Something I agree with",
          agreeText: "I agree",
        },
        {
          id: "ok-to-break-rules",
          type: "agree",
          label: "To keep safe, it's OK to break the rules: I can say no, shout, scream or run.",
          printLabel: "Something I agree with",
          agreeText: "I agree",
        },
        {
          id: "other-ways-to-keep-safe",
          type: "longText",
          label: "Other things I can do to keep myself safe",
          printLabel: "Other ideas",
        },
      ],
    },
    {
      id: "getting-out-of-the-way",
      title: "Getting out of the way",
      printTitle: "At home",
      readAloud: true,
      help: [
        "When violence starts at home, the safest thing you can do is get out of the way. Don't try to step in, even if you want to help. Staying safe is how you help.",
        "Leave the room where it's happening and go somewhere you feel safe.",
      ],
      questions: [
        "Where in your home do you feel safest?",
        "Can you get there quickly without going past the trouble?",
        "Is there a way out of the house if you need one?",
      ],
      askQuestions: [
        "Where do you go now when things start?",
        "Is there a room with a lock, or a way out of the house?",
        "Is there a phone you could get to in an emergency?",
      ],
      fields: [
        {
          id: "get-out-of-the-way",
          type: "agree",
          label: "When violence starts, the safest thing I can do is get out of the way.",
          printLabel: "Something I agree with",
          agreeText: "I agree",
        },
        {
          id: "safe-room",
          type: "shortText",
          label: "The room or place at home where I feel safe",
          printLabel: "A good room",
          sentence: "My safe place at home",
        },
        {
          id: "safe-room-locks",
          type: "yesNo",
          label: "Is there a lock on the door?",
          printLabel: "Lock on the door",
        },
      ],
    },
    {
      id: "calling-for-help",
      title: "Calling for help",
      printTitle: "Phone",
      readAloud: true,
      help: [
        "If it's safe, phone 999 and ask for the police. Calling when someone is being hurt is the right thing to do.",
        "Tell them your name, your address and what is happening. If you're on a mobile and can't speak, stay on the line and press 55 when you're asked. That tells them it's a real emergency.",
      ],
      questions: [
        "Where is the nearest phone, and can you get to it safely?",
        "Do you know your full address and postcode by heart?",
      ],
      askQuestions: [
        "Have you phoned the police before when things were going on at home? What happened?",
        "Do you know what to say to the operator?",
        "Shall we practise a 999 call together?",
      ],
      fields: [
        {
          id: "nearest-phone",
          type: "shortText",
          label: "The nearest phone",
          printLabel: "Nearest phone",
          hint: "Your mobile, a phone at home, or a neighbour's phone.",
        },
        {
          id: "call-my-name",
          type: "shortText",
          label: "My name, to give on a 999 call",
          printLabel: "My name",
          sentence: "My name",
        },
        {
          id: "call-my-address",
          type: "shortText",
          label: "My address",
          printLabel: "My address",
          hint: "Learn it by heart, including the postcode.",
        },
        {
          id: "call-what-is-happening",
          type: "longText",
          label: "What I will say is happening",
          printLabel: "What I would say",
          hint: "For example: 'My mum is being hurt and we need the police.'",
        },
        {
          id: "silent-call",
          type: "agree",
          label: "If I call 999 from a mobile and can't speak, I can press 55 when asked.",
          printLabel: "Press 55 when asked",
          agreeText: "I know this",
        },
      ],
    },
    {
      id: "people-i-trust",
      title: "People I trust",
      printTitle: "People",
      readAloud: true,
      help: [
        "Choose people who will listen and act if you need help: a relative, a friend's parent, a neighbour or a teacher.",
        "A code word is a word you can say or text that tells them you need help, without anyone else knowing. Make sure they know what it means and what to do.",
      ],
      questions: ["Who would you go to first?", "Do they know your code word and what to do when they hear it?"],
      askQuestions: [
        "Who are the adults you trust most?",
        "Does anybody else know what is happening at home?",
        "Would those people know what to do if you used your code word?",
      ],
      fields: [
        {
          id: "trusted-people",
          type: "people",
          label: "People I trust to help in an emergency",
          printLabel: "People I trust",
          sentence: "People I trust",
        },
        {
          id: "code-word",
          type: "shortText",
          label: "My code word that means 'I need help'",
          printLabel: "A word to remember",
        },
      ],
    },
    {
      id: "brothers-and-sisters",
      title: "My brothers and sisters",
      printTitle: "Brothers and sisters",
      readAloud: true,
      help: [
        "If you have brothers or sisters, it helps if everyone knows what to do. Keeping them safe isn't your job, but you can know each other's plans.",
      ],
      questions: [
        "Do your brothers and sisters know where to go when things start?",
        "Is there an adult who makes sure the younger ones are safe?",
      ],
      askQuestions: [
        "Have any of your brothers or sisters been hurt during the fighting?",
        "Do the younger children have their own plan with a trusted adult?",
      ],
      fields: [
        {
          id: "siblings-have-plan",
          type: "yesNo",
          label: "My brothers and sisters have their own plan, and I know what it is",
          printLabel: "They have their own notes",
          sentence: "My brothers and sisters have their own plan",
        },
        {
          id: "siblings-know-mine",
          type: "yesNo",
          label: "They know what my plan is",
          printLabel: "They know mine",
          sentence: "They know my plan",
        },
      ],
    },
    {
      id: "if-we-leave",
      title: "If we leave",
      printTitle: "Places",
      readAloud: true,
      help: [
        "Sometimes families have to leave home in a hurry. Knowing where you would go, and having a bag of your things ready somewhere safe, can make it less frightening.",
      ],
      questions: ["Where would you want to go?", "What would you want to take with you?"],
      askQuestions: [
        "If the family had to leave, where would you want to go?",
        "Is there a safe relative or friend who could keep a bag for you?",
        "What worries you about moving, or about changing school?",
      ],
      fields: [
        {
          id: "places-to-go",
          type: "places",
          label: "If we have to leave home, I would like to go to",
          printLabel: "Places I would like to go",
          sentence: "Places I would like to go",
        },
        {
          id: "my-bag",
          type: "longText",
          label: "My bag of important things",
          printLabel: "My bag",
          hint: "For example a phone charger, clothes, medicine, school things, and something that matters to you.",
        },
        {
          id: "bag-kept-at",
          type: "shortText",
          label: "Where my bag is kept",
          printLabel: "Where my bag is",
          hint: "Somewhere safe, like a trusted relative's or friend's house.",
        },
      ],
    },
    {
      id: "if-someone-is-hurt",
      title: "If someone is hurt",
      printTitle: "People to tell",
      readAloud: true,
      help: [
        "If you get hurt, tell someone you trust as soon as you can. It's not getting anyone into trouble: it's how you get help.",
        "The same goes if your mum, dad or carer is hurt. Add phone numbers so you can reach people quickly.",
      ],
      questions: ["Who would you tell at school?", "Who could you tell if it happened at night or at the weekend?"],
      askQuestions: ["Have you been hurt yourself during the fighting?", "Who would you tell if your parent was hurt?"],
      fields: [
        {
          id: "if-i-am-hurt",
          type: "people",
          label: "If I get hurt, I will tell",
          printLabel: "People to tell about me",
          sentence: "People I will tell if I get hurt",
          hint: "Include their phone numbers.",
        },
        {
          id: "if-parent-hurt",
          type: "people",
          label: "If my parent or carer is hurt, I will tell",
          printLabel: "People to tell about my parent",
          sentence: "People I will tell if my parent or carer is hurt",
          hint: "Include their phone numbers.",
        },
      ],
    },
    {
      id: "how-i-feel",
      title: "How I feel",
      printTitle: "People to talk to",
      readAloud: true,
      help: [
        "Living with this can leave you scared, angry, sad, numb, or all of these at once. Whatever you feel is OK, and talking to someone can really help.",
        "Childline is free for anyone under 19, and calls don't show up on the phone bill. You can also contact them online.",
      ],
      questions: ["What helps you feel better when things are hard?", "Who do you find it easy to talk to?"],
      askQuestions: [
        "How does what is happening at home make you feel?",
        "Do you think about it at school, or when you're on your own?",
        "Do you have trouble sleeping, or bad dreams?",
        "What helps when you're feeling low?",
      ],
      fields: [
        {
          id: "talk-about-feelings",
          type: "people",
          label: "People I can talk to about my feelings",
          printLabel: "People I can talk to",
          sentence: "People I can talk to about my feelings",
          hint: "Include their phone numbers. It could be a relative, a teacher, a counsellor, or Childline.",
        },
      ],
    },
    {
      id: "my-relationships",
      title: "My own relationships",
      printTitle: "Friends",
      readAloud: true,
      help: [
        "Relationships between young people can be harmful too. Someone you're going out with should never control you or make you scared. They should not keep checking your phone, tell you who you can see, or put you down. Nobody should pressure you into sexual things or into sending pictures.",
        "If any of this is happening, it isn't your fault and you don't have to deal with it alone. Talk to an adult you trust, or to Childline.",
        "If you meet up with someone who worries you, choose busy places, tell a friend where you'll be, and plan a safe way to get home.",
      ],
      questions: [
        "Does anyone you're seeing check your phone, control who you see, or make you feel scared?",
        "Do you ever feel pressured to do things you don't want to?",
        "Are there times when things tend to go wrong, for example when they've been drinking?",
        "Who could you talk to about it?",
      ],
      askQuestions: [
        "Are you seeing anyone at the moment? How do they treat you?",
        "Has anyone you've been out with hurt you, threatened you, or made you do things you didn't want to?",
        "Where do you usually meet? Are there safer places to meet, and safe ways to get home?",
        "Can you tell when things are about to go wrong? What sets it off?",
      ],
      fields: [
        {
          id: "relationship-worries",
          type: "longText",
          label: "Anything in a relationship that worries me",
          printLabel: "Notes",
        },
        {
          id: "meeting-safely",
          type: "longText",
          label: "How I can keep safer when I meet up",
          printLabel: "Meeting up",
          hint: "Busy places, friends who know where you are, and a safe way to get home.",
        },
        {
          id: "relationship-help",
          type: "people",
          label: "Who I could talk to about a relationship",
          printLabel: "Who I could talk to",
          sentence: "People I could talk to about a relationship",
        },
      ],
    },
    {
      id: "who-knows-my-plan",
      title: "Who knows my plan",
      printTitle: "Who knows",
      readAloud: true,
      help: [
        "It helps if a few trusted people know your plan, so they can back you up. Keep the plan somewhere it won't be found by the person causing harm. An adult you trust can keep it for you.",
      ],
      questions: ["Who would you like to know about your plan?", "Where can your plan be kept safely?"],
      askQuestions: [
        "Who else should know about this plan: your parent or carer, a safe relative or friend, a teacher, a social worker?",
        "When shall we go over the plan again?",
      ],
      fields: [
        {
          id: "plan-known-by",
          type: "people",
          label: "People who know about my plan",
          printLabel: "People who know",
          sentence: "People who know my plan",
          hint: "For example your mum or carer, a safe relative or friend, a teacher, or a social worker.",
        },
        {
          id: "keep-safe",
          type: "agree",
          label: "I can't stop the violence, but I can use this plan to keep myself safer.",
          printLabel: "Something I agree with",
          agreeText: "I agree",
        },
        {
          id: "plan-date",
          type: "date",
          label: "Date we made this plan",
          printLabel: "Date",
        },
      ],
    },
  ],
};
