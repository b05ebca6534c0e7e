import type { PracticeSet } from "./types";

/**
 * Practice for a child of about 7 to 9, done with a trusted adult ("The child needs to rehearse
 * this safety plan", Appendix 7 of the children's procedure).
 *
 * - Every string is read by (or to) the child and is checked by practice.test.ts: grade 4 or
 *   below, short sentences, short common words. Rewrite the text if it fails; don't raise the bar.
 * - The key messages: it is not your fault; you can't stop it; don't get in the middle; get out of
 *   the way; go to your safe place; phone 999 if it is safe; press 55 on a mobile if you can't
 *   talk; tell a grown-up you trust; it's OK to feel how you feel.
 * - No score and no failing: every choice is met kindly and the feedback says why.
 * - No phone numbers apart from 999 and 55.
 * - {safePlace}, {trustedPerson}, {nearestPhone}, {name} and {address} are filled from the
 *   child's plan, or from PLACEHOLDER_DEFAULTS when no plan is open.
 */
export const childPractice: PracticeSet = {
  audience: "child",
  title: "Practise my plan",
  intro: [
    "Let's practise your plan. It is just pretend.",
    "You will read about a time at home. Then pick what you would do.",
    "We will tell you why each one helps, or why it may not be safe. You can try again as much as you like.",
  ],
  scenarios: [
    {
      id: "shouting-downstairs",
      situation: "You are up in your room. You hear shouting downstairs.",
      question: "What can you do?",
      picture: "stairs",
      choices: [
        {
          id: "shouting-safe-place",
          label: "Stay out of the way. Go to {safePlace}.",
          best: true,
          feedback:
            "Yes. That is a good way to keep safe. The shouting is not your fault, and it is not your job to stop it.",
          picture: "house",
        },
        {
          id: "shouting-go-down",
          label: "Go down and tell them to stop.",
          best: false,
          feedback:
            "That is a kind thought. But it is not safe to get in the middle. Grown-ups can sort it out. Your job is to keep safe.",
          picture: "stairs",
        },
        {
          id: "shouting-go-and-look",
          label: "Go down to see what is going on.",
          best: false,
          feedback:
            "It is OK to want to know. But you could get hurt. It is safer to stay out of the way and go to {safePlace}.",
          picture: "eye",
        },
      ],
    },
    {
      id: "someone-getting-hurt",
      situation: "The grown-ups are fighting. Someone is getting hurt.",
      question: "What is the safe thing to do?",
      picture: "shout",
      choices: [
        {
          id: "hurt-get-in-the-middle",
          label: "Get in the middle to stop it.",
          best: false,
          feedback:
            "You want to help, and that is kind. But you could get hurt too. You can't stop it, and it is not your job to try. Get out of the way.",
          picture: "shout",
        },
        {
          id: "hurt-safe-place-and-999",
          label: "Get out of the way. Go to {safePlace}. If it is safe, phone 999 on {nearestPhone}.",
          best: true,
          feedback:
            "Yes. You keep safe first. Then, if it is safe, you phone 999 and ask for the police. They can help.",
          picture: "phone",
        },
        {
          id: "hurt-run-next-door",
          label: "If you can get out safely, go and get help from a grown-up next door.",
          best: true,
          feedback:
            "Yes, that can help too. Only go if it is safe to get out. A grown-up next door can phone for help.",
          picture: "houses",
        },
      ],
    },
    {
      id: "scared-at-night",
      situation: "It is night. You are in bed. You hear loud noises and you feel scared.",
      question: "What can you do?",
      picture: "moon",
      choices: [
        {
          id: "night-stay-out-of-the-way",
          label: "Take slow, deep breaths. Stay in your room, or go to {safePlace}.",
          best: true,
          feedback:
            "Yes. Slow breaths can help you feel calm. It is safe to stay out of the way. You could hug a toy too.",
          picture: "house",
        },
        {
          id: "night-go-and-look",
          label: "Get up and go to see what is going on.",
          best: false,
          feedback:
            "It is OK to want to know. But it is not safe to go near a fight. Stay out of the way. You can talk about it in the day.",
          picture: "eye",
        },
        {
          id: "night-tell-later",
          label: "In the day, say how you felt to {trustedPerson}.",
          best: true,
          feedback:
            "Yes. It is good to tell a grown-up how you feel. They can help you feel safe. You will not be in trouble.",
          picture: "talk",
        },
      ],
    },
    {
      id: "keep-a-secret",
      situation: "Someone at home says: do not tell anyone what goes on here.",
      question: "What can you do?",
      picture: "lock",
      choices: [
        {
          id: "secret-keep-it",
          label: "Keep it a secret. Do not tell anyone.",
          best: false,
          feedback:
            "It can feel hard to tell. But a secret that makes you sad or scared is not a good secret. It is OK to tell. You will not be in trouble.",
          picture: "lock",
        },
        {
          id: "secret-tell-trusted",
          label: "Tell {trustedPerson}.",
          best: true,
          feedback:
            "Yes. You can tell a grown-up you trust, like a teacher. It is not your fault. Telling is how you get help.",
          picture: "talk",
        },
      ],
    },
    {
      id: "little-one-crying",
      situation: "The grown-ups are fighting. Your little brother or sister is scared and crying.",
      question: "What can you do?",
      picture: "scared",
      choices: [
        {
          id: "crying-take-them",
          label: "If they are near you, take them with you to {safePlace}.",
          best: true,
          feedback:
            "Yes, if you can do it safely. You can stay out of the way together. You could hug them or sing a song quietly.",
          picture: "house",
        },
        {
          id: "crying-ask-grown-ups",
          label: "Go and tell the grown-ups to stop, so they stop the crying.",
          best: false,
          feedback:
            "That is a kind thought. But it is not safe to go near a fight. Keep out of the way. It is not your job to stop it.",
          picture: "shout",
        },
        {
          id: "crying-tell-trusted",
          label: "When it is over, tell {trustedPerson}. Say your brother or sister was scared.",
          best: true,
          feedback: "Yes. A grown-up you trust can help keep you both safe. It is their job, not your job, to fix it.",
          picture: "talk",
        },
      ],
    },
    {
      id: "after-a-fight",
      situation: "The fight is over. You feel sad, or cross, or both.",
      question: "What can help?",
      picture: "feelings",
      choices: [
        {
          id: "after-talk",
          label: "Talk about how you feel with {trustedPerson}.",
          best: true,
          feedback: "Yes. It is OK to feel how you feel. Talking to a grown-up you trust can help a lot.",
          picture: "talk",
        },
        {
          id: "after-keep-it-in",
          label: "Keep it all in. Do not tell anyone.",
          best: false,
          feedback:
            "Lots of children feel like that. But big feelings can get bigger when you keep them in. It helps to talk to someone you trust.",
          picture: "lock",
        },
        {
          id: "after-calm-thing",
          label: "Do a calm thing, like draw, read or play.",
          best: true,
          feedback: "Yes. A calm thing can help you feel a bit better. You can talk to a grown-up later too.",
          picture: "sun",
        },
      ],
    },
  ],
  call: {
    title: "Practise a 999 call",
    intro: [
      "Let's pretend to phone 999. This is not a real call.",
      "Say the words out loud. Your grown-up can be the person on the phone.",
      "Only phone 999 for real if it is safe.",
    ],
    steps: [
      {
        id: "which-service",
        operator: "Emergency. Which one do you need?",
        prompt: "Police, please.",
        hint: "Say police.",
      },
      {
        id: "name",
        operator: "What is your name?",
        prompt: "My name is {name}.",
        answer: "name",
        hint: "Say your name. Go slow.",
      },
      {
        id: "address",
        operator: "Where are you? What is your address?",
        prompt: "I live at {address}.",
        answer: "address",
        hint: "Say where you live. It helps to know it by heart.",
      },
      {
        id: "what-is-happening",
        operator: "What is going on?",
        prompt: "Someone is getting hurt at my house.",
        answer: "what-is-happening",
        hint: "Say what is going on. Like: my mum is being hurt.",
      },
      {
        id: "are-you-safe",
        operator: "Are you safe right now?",
        prompt: "I am in my safe place.",
        hint: "Say where you are. Say if you feel safe or not.",
      },
      {
        id: "stay-on-the-line",
        operator: "Stay on the line if you can.",
        prompt: "OK. I will stay on the phone.",
        hint: "Keep the phone on if you can. Do what they tell you. They are there to help you.",
      },
    ],
    silentCall: [
      "Sometimes you can't talk. That is OK.",
      "If you are on a mobile, phone 999. Stay on the line and listen.",
      "When they ask, press 5 and then 5 again. That is 55.",
      "It tells them it is real. Then they can help you.",
    ],
    ending: [
      "Well done! You did it well.",
      "Only phone 999 for real when you need to. Like when someone is hurt or in danger.",
    ],
  },
  closing: [
    "It is not your fault.",
    "You can practise again any time you like.",
    "You can talk about how you feel with {trustedPerson}.",
  ],
};
