import type { Template } from "../template";

/**
 * A child's safety plan, made with a trusted adult and a worker ("Child's safety plan",
 * Appendix 7 of the children's procedure).
 *
 * - One step per section: the child's screens show one section at a time.
 * - Everything except `askQuestions` is read by (or to) a child of about 7 to 9, and is checked
 *   by readability.test.ts: short sentences, short common words.
 * - `askQuestions` are for the adult or worker and follow the clarification questions for a child.
 * - The guidance says the child should not keep a written plan; the adult keeps it and the child
 *   practises it with them. The last step says so in child words.
 * - No phone numbers apart from 999 and 55: the editor shows numbers from configuration.
 */
export const childTemplate: Template = {
  kind: "child",
  title: "My safety plan",
  neutralTitle: "My notes",
  intro: [
    "This is your plan. It is for when there is shouting or hurting at home.",
    "You will make it with a grown-up you trust. You can skip any part. There are no wrong answers.",
    "Your grown-up will keep the plan safe. You can practise it with them.",
  ],
  sections: [
    {
      id: "not-my-fault",
      title: "It is not my fault",
      printTitle: "Things to remember",
      help: [
        "Sometimes grown-ups at home shout or hurt each other.",
        "You can't stop it. It is not your fault.",
        "It is not your job to fix it. Your job is to keep safe.",
      ],
      questions: [],
      askQuestions: [
        "When the grown-ups at home argue, what do you usually do?",
        "Have you ever tried to stop the fighting? (Thank the child for caring, and be clear that stopping it is not their job.)",
        "What do you think makes the grown-ups fight? (Listen, and make sure the child knows it is not because of them.)",
      ],
      fields: [
        {
          id: "cant-stop-it",
          type: "agree",
          label: "I can't stop it, and it is not my fault.",
          printLabel: "Something I know",
          agreeText: "I know this",
        },
      ],
    },
    {
      id: "get-out-of-the-way",
      title: "Get out of the way",
      printTitle: "Things to do",
      help: ["If there is shouting or hurting, get out of the way.", "Do not try to stop it. Go to your safe place."],
      questions: ["How can you get out of the room fast?"],
      askQuestions: [
        "When the fighting starts, where do you go and what do you do? (If that is hard to answer, ask whether they stay, hide, fetch help, go to an older brother or sister, or try to stop it.)",
        "How could you get out of the room quickly and safely?",
      ],
      fields: [
        {
          id: "get-away",
          type: "agree",
          label: "I will get out of the way.",
          printLabel: "Something I will do",
          agreeText: "Yes, I will",
        },
      ],
    },
    {
      id: "safe-place",
      title: "My safe place",
      printTitle: "Places",
      help: [
        "A safe place is where you can go to be out of the way.",
        "Pick a place in your house that you can get to fast.",
      ],
      questions: ["Where do you feel safe?"],
      askQuestions: [
        "Which place at home feels safest to you?",
        "Can you get there without going past the fighting?",
        "Is it away from the kitchen, and from rooms with no other way out?",
      ],
      fields: [
        {
          id: "my-safe-place",
          type: "shortText",
          label: "My safe place in my house is",
          printLabel: "A good place",
          sentence: "My safe place",
        },
      ],
    },
    {
      id: "phone-999",
      title: "Phone 999",
      printTitle: "Phone",
      help: [
        "If it is safe, phone 999. Ask for the police.",
        "Say your name, where you live, and what is going on.",
        "If you are on a mobile and can't talk, press 55 when they ask. Then they know you need help.",
      ],
      questions: ["Do you know where the phone is?", "Do you know where you live?"],
      askQuestions: [
        "Is there a phone you could reach in an emergency? Do you have a mobile?",
        "Have you phoned the police before when the grown-ups were fighting? What happened?",
        "Shall we practise the call together? (Check the child knows their full address, and only to call if it is safe.)",
      ],
      fields: [
        {
          id: "my-name",
          type: "shortText",
          label: "My name is",
          printLabel: "My name",
          sentence: "My name",
        },
        {
          id: "my-address",
          type: "shortText",
          label: "I live at",
          printLabel: "My address",
          sentence: "My address",
          hint: "Learn your address by heart with your grown-up.",
        },
        {
          id: "what-is-happening",
          type: "shortText",
          label: "What is going on",
          printLabel: "What I would say",
          sentence: "What is going on",
          hint: "Say what is going on. Like: my mum is being hurt.",
        },
      ],
    },
    {
      id: "who-else-can-help",
      title: "Who else can help",
      printTitle: "People",
      help: ["You can get help from a grown-up near you.", "It could be someone next door."],
      questions: ["Who lives near you that you trust?"],
      askQuestions: [
        "Is there a neighbour or another adult nearby the child could go to?",
        "Does that adult know, and have they agreed to help?",
      ],
      fields: [
        {
          id: "help-from",
          type: "people",
          label: "I can get help from",
          printLabel: "People",
          sentence: "People who can help me",
          hint: "Like a grown-up next door.",
        },
      ],
    },
    {
      id: "talk-later",
      title: "Who I can talk to",
      printTitle: "People to talk to",
      help: ["When it is over, it helps to talk.", "Pick a grown-up you trust. You can tell them how you feel."],
      questions: ["Who is good to talk to?"],
      askQuestions: [
        "Which grown-ups could you talk to about home?",
        "Have you told anyone about the fighting before?",
        "Does anybody else know about it?",
      ],
      fields: [
        {
          id: "talk-to",
          type: "people",
          label: "Later, I can talk to",
          printLabel: "People to talk to",
          sentence: "People I can talk to later",
        },
      ],
    },
    {
      id: "if-i-am-hurt",
      title: "If I am hurt",
      printTitle: "People to tell",
      help: ["If you get hurt, tell a grown-up you trust.", "You will not be in trouble. They will help you."],
      questions: [],
      askQuestions: [
        "Has anyone hurt you when the grown-ups were fighting?",
        "Have any of your brothers or sisters been hurt?",
        "Has anyone at home hurt your pet?",
      ],
      fields: [
        {
          id: "tell-if-hurt",
          type: "people",
          label: "If I get hurt, I will tell",
          printLabel: "People to tell",
          sentence: "People I will tell if I get hurt",
        },
      ],
    },
    {
      id: "feelings",
      title: "It's OK to feel",
      printTitle: "Feelings",
      help: ["It is OK to feel lots of things.", "You might feel lots of things at once. That is OK too."],
      questions: [],
      askQuestions: [
        "How do you feel when the fighting happens?",
        "Do you think about it at school, when you are playing, or when you are on your own?",
        "Do you have trouble sleeping, or bad dreams?",
        "What helps you feel better afterwards?",
      ],
      fields: [
        {
          id: "my-feelings",
          type: "choices",
          label: "How do you feel? Pick the faces.",
          printLabel: "Feelings",
          // Labels are short phrases so each one reads easily on its own; `picture` names the face.
          choices: [
            { id: "happy", label: "I feel happy", picture: "happy" },
            { id: "sad", label: "I feel sad", picture: "sad" },
            { id: "scared", label: "I feel scared", picture: "scared" },
            { id: "angry", label: "I feel angry", picture: "angry" },
            { id: "worried", label: "I feel worried", picture: "worried" },
            { id: "calm", label: "I feel calm", picture: "calm" },
            { id: "confused", label: "I feel confused", picture: "confused" },
          ],
        },
      ],
    },
    {
      id: "who-knows",
      title: "Who knows my plan",
      printTitle: "Who knows",
      help: ["These people know your plan. They can help you."],
      questions: [],
      askQuestions: [
        "Does the child's parent or carer know about this plan and agree with it?",
        "Who else should know: a teacher, a relative, a social worker?",
      ],
      fields: [
        {
          id: "plan-known-by",
          type: "people",
          label: "The people who know my plan are",
          printLabel: "People who know",
          sentence: "People who know my plan",
          hint: "Like my mum, my teacher or my worker.",
        },
      ],
    },
    {
      id: "me",
      title: "Me",
      printTitle: "Drawing",
      help: ["Draw a picture of you.", "You can add your family and friends too."],
      questions: [],
      askQuestions: ["Can you tell me about your picture? Who is in it?"],
      fields: [
        {
          id: "me-drawing",
          type: "drawing",
          label: "Me",
          printLabel: "Drawing",
        },
      ],
    },
    {
      id: "our-names",
      title: "Our names",
      printTitle: "Names",
      help: [
        "Put your names here, and the date. Just the first letters is fine.",
        "Your grown-up will keep this plan safe. You can practise it with them.",
      ],
      questions: [],
      askQuestions: [
        "Who will keep this plan? (The child should not keep a written copy; give the child phone numbers only.)",
        "When will you practise the plan with the child again?",
      ],
      fields: [
        { id: "child-name", type: "shortText", label: "My name", printLabel: "My name" },
        { id: "adult-name", type: "shortText", label: "My grown-up", printLabel: "My grown-up" },
        { id: "worker-name", type: "shortText", label: "My worker", printLabel: "My worker" },
        { id: "plan-date", type: "date", label: "The date", printLabel: "Date" },
      ],
    },
  ],
};
