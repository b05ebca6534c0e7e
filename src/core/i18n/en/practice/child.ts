/**
 * The words of the child practice (src/core/practice/shapes/child.ts), in English.
 * Keys follow the practice's ids: see src/core/practice/shape.ts.
 * Read by (or to) a child of about 7 to 9: short sentences, short common words.
 */
export const childPractice = {
  "practice.child.title": "Practise my plan",
  "practice.child.intro": [
    "Let's practise your plan. It is just pretend.",
    "You will read about a time at home. Then pick what you would do.",
    "We will tell you why each one helps, or why it may not be safe. You can try again as much as you like.",
  ],
  "practice.child.blank.safePlace": "your safe place",
  "practice.child.blank.trustedPerson": "a grown-up you trust",
  "practice.child.blank.nearestPhone": "the nearest phone",
  "practice.child.blank.neighbour": "a grown-up next door",
  "practice.child.blank.name": "your name",
  "practice.child.blank.address": "your address",
  "practice.child.shouting-downstairs.situation": "You are upstairs with your toys. You hear shouting down below.",
  "practice.child.shouting-downstairs.question": "What can you do?",
  "practice.child.shouting-downstairs.shouting-safe-place.label": "Stay out of the way. Go to {safePlace}.",
  "practice.child.shouting-downstairs.shouting-safe-place.feedback":
    "Yes. That is a good way to keep safe. The shouting is not your fault, and it is not your job to stop it.",
  "practice.child.shouting-downstairs.shouting-go-down.label": "Go down and tell them to stop.",
  "practice.child.shouting-downstairs.shouting-go-down.feedback":
    "That is a kind thought. But it is not safe to get in the middle. Grown-ups can sort it out. Your job is to keep safe.",
  "practice.child.shouting-downstairs.shouting-go-and-look.label": "Go down to see what is going on.",
  "practice.child.shouting-downstairs.shouting-go-and-look.feedback":
    "It is OK to want to know. But you could get hurt. It is safer to stay out of the way and go to {safePlace}.",
  "practice.child.someone-getting-hurt.situation": "The grown-ups are fighting. Someone is getting hurt.",
  "practice.child.someone-getting-hurt.question": "What is the safe thing to do?",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.label": "Get in the middle to stop it.",
  "practice.child.someone-getting-hurt.hurt-get-in-the-middle.feedback":
    "You want to help, and that is kind. But you could get hurt too. You can't stop it, and it is not your job to try. Get out of the way.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.label":
    "Get out of the way. Go to {safePlace}. If it is safe, phone 999 on {nearestPhone}.",
  "practice.child.someone-getting-hurt.hurt-safe-place-and-999.feedback":
    "Yes. You keep safe first. Then, if it is safe, you phone 999 and ask for the police. They can help.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.label":
    "If you can get out safely, go and get help from {neighbour}.",
  "practice.child.someone-getting-hurt.hurt-run-next-door.feedback":
    "Yes, that can help too. Only go if it is safe to get out. A grown-up next door can phone for help.",
  "practice.child.scared-at-night.situation": "It is night. You are in bed. You hear loud noises and you feel scared.",
  "practice.child.scared-at-night.question": "What can you do?",
  "practice.child.scared-at-night.night-stay-out-of-the-way.label":
    "Take slow, deep breaths. Stay where you are, or go to {safePlace}.",
  "practice.child.scared-at-night.night-stay-out-of-the-way.feedback":
    "Yes. Slow breaths can help you feel calm. It is safe to stay out of the way. You could hug a toy too.",
  "practice.child.scared-at-night.night-go-and-look.label": "Get up and go to see what is going on.",
  "practice.child.scared-at-night.night-go-and-look.feedback":
    "It is OK to want to know. But it is not safe to go near a fight. Stay out of the way. You can talk about it in the day.",
  "practice.child.scared-at-night.night-tell-later.label": "In the day, say how you felt to {trustedPerson}.",
  "practice.child.scared-at-night.night-tell-later.feedback":
    "Yes. It is good to tell a grown-up how you feel. They can help you feel safe. You will not be in trouble.",
  "practice.child.keep-a-secret.situation": "Someone at home says: do not tell anyone what goes on here.",
  "practice.child.keep-a-secret.question": "What can you do?",
  "practice.child.keep-a-secret.secret-keep-it.label": "Keep it a secret. Do not tell anyone.",
  "practice.child.keep-a-secret.secret-keep-it.feedback":
    "It can feel hard to tell. But a secret that makes you sad or scared is not a good secret. It is OK to tell. You will not be in trouble.",
  "practice.child.keep-a-secret.secret-tell-trusted.label": "Tell {trustedPerson}.",
  "practice.child.keep-a-secret.secret-tell-trusted.feedback":
    "Yes. You can tell a grown-up you trust, like a teacher. It is not your fault. Telling is how you get help.",
  "practice.child.little-one-crying.situation":
    "The grown-ups are fighting. Your little brother or sister is scared and crying.",
  "practice.child.little-one-crying.question": "What can you do?",
  "practice.child.little-one-crying.crying-take-them.label": "If they are near you, take them with you to {safePlace}.",
  "practice.child.little-one-crying.crying-take-them.feedback":
    "Yes, if you can do it safely. You can stay out of the way together. You could hug them or sing a song quietly.",
  "practice.child.little-one-crying.crying-ask-grown-ups.label":
    "Go and tell the grown-ups to stop, so the crying stops.",
  "practice.child.little-one-crying.crying-ask-grown-ups.feedback":
    "That is a kind thought. But it is not safe to go near a fight. Keep out of the way. It is not your job to stop it.",
  "practice.child.little-one-crying.crying-tell-trusted.label":
    "When it is over, tell {trustedPerson}. Say your brother or sister was scared.",
  "practice.child.little-one-crying.crying-tell-trusted.feedback":
    "Yes. A grown-up you trust can help keep you both safe. It is their job, not your job, to fix it.",
  "practice.child.after-a-fight.situation": "The fight is over. You feel sad, or cross, or both.",
  "practice.child.after-a-fight.question": "What can help?",
  "practice.child.after-a-fight.after-talk.label": "Talk about how you feel with {trustedPerson}.",
  "practice.child.after-a-fight.after-talk.feedback":
    "Yes. It is OK to feel how you feel. Talking to a grown-up you trust can help a lot.",
  "practice.child.after-a-fight.after-keep-it-in.label": "Keep it all in. Do not tell anyone.",
  "practice.child.after-a-fight.after-keep-it-in.feedback":
    "Lots of children feel like that. But big feelings can get bigger when you keep them in. It helps to talk to someone you trust.",
  "practice.child.after-a-fight.after-calm-thing.label": "Do a calm thing, like draw, read or play.",
  "practice.child.after-a-fight.after-calm-thing.feedback":
    "Yes. A calm thing can help you feel a bit better. You can talk to a grown-up later too.",
  "practice.child.call.title": "Practise a 999 call",
  "practice.child.call.intro": [
    "Let's pretend to phone 999. This is not a real call.",
    "Say the words out loud. Your grown-up can be the person on the phone.",
    "Only phone 999 for real if it is safe.",
  ],
  "practice.child.call.which-service.operator": "Emergency. Which one do you need?",
  "practice.child.call.which-service.prompt": "Police, please.",
  "practice.child.call.which-service.hint": "Say police.",
  "practice.child.call.name.operator": "What is your name?",
  "practice.child.call.name.prompt": "My name is {name}.",
  "practice.child.call.name.hint": "Say your name. Go slow.",
  "practice.child.call.address.operator": "Where are you? What is your address?",
  "practice.child.call.address.prompt": "I live at {address}.",
  "practice.child.call.address.hint": "Say where you live. It helps to know it by heart.",
  "practice.child.call.what-is-happening.operator": "What is going on?",
  "practice.child.call.what-is-happening.prompt": "Someone is getting hurt at my house.",
  "practice.child.call.what-is-happening.hint": "Say what is going on. Like: my mum is being hurt.",
  "practice.child.call.are-you-safe.operator": "Are you safe right now?",
  "practice.child.call.are-you-safe.prompt": "I am in my safe place.",
  "practice.child.call.are-you-safe.hint": "Say where you are. Say if you feel safe or not.",
  "practice.child.call.stay-on-the-line.operator": "Stay on the line if you can.",
  "practice.child.call.stay-on-the-line.prompt": "OK. I will stay on the phone.",
  "practice.child.call.stay-on-the-line.hint":
    "Keep the phone on if you can. Do what they tell you. They are there to help you.",
  "practice.child.call.silentCall": [
    "Sometimes you can't talk. That is OK.",
    "If you are on a mobile, phone 999. Stay on the line and listen.",
    "When they ask, press 5 and then 5 again. That is 55.",
    "It tells them it is real. Then they can help you.",
  ],
  "practice.child.call.ending": [
    "Well done! You did it well.",
    "Only phone 999 for real when you need to. Like when someone is hurt or in danger.",
  ],
  "practice.child.closing": [
    "It is not your fault.",
    "You can practise again any time you like.",
    "You can talk about how you feel with {trustedPerson}.",
  ],
} as const;
