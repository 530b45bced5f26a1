// Function words to leave out of search terms, per language, and the
// negation words that must NEVER be dropped: "не получал обращений" and
// "получал обращения" share every content word, and only the negation tells
// them apart (see lib/match/polarity.ts). Reporting verbs ("заявил", "said")
// are function words here: every news sentence has one, and who spoke is
// matched through the actor names instead. So are the formulae that open a
// reminder of earlier news ("Напомним, …", "Нагадаємо, …"): they say nothing
// about the statement.
//
// The lists are Sverka's own, short and limited to function words. The
// packaged lists were measured and rejected: stopwords-iso's Russian list
// contains content words that decide matches here ("россия", "москва",
// "война", "ответить", "двенадцать", "миллионов"), and @orama/stopwords'
// Ukrainian list is mis-encoded ("в╡д"). See docs/matching.md.
import type { Lang } from '../types/lang';

const RU = `и в во на с со к ко у о об обо от до по за из изо для при про под над перед через между а но да или либо же ж ли бы б
то что чтобы чтоб как так также тоже только уже еще вот даже ведь лишь если когда где куда который которая которое которые
которого которой котором которым которых которую этот эта это эти этого этой этом этим этих эту тот та те того той тем тех ту
том он она оно они его ее их ему ей им ими него нее ней ним ними них я мы ты вы меня мне нас нам вас вам себя себе свой своя
свое свои своего своей своих свою своим весь вся все всех всего всем всеми всю быть был была было были будет будут есть сам
сама само сами самого самой такой такая такое такие такого таким более очень может можно чем причем однако именно кто какой
какая какие каким каких чего чему кого также ну вы всё против
заявил заявила заявили заявляет сказал сказала сказали говорит сообщил сообщила сообщили отметил отметила подчеркнул подчеркнула
добавил добавила пояснил пояснила
напомним напоминаем`;
const UK = `і й та в у на з із зі до від по за для при про під над перед через між а але або чи же ж би б що щоб як так також теж
тільки лише вже ще ось навіть якщо коли де куди який яка яке які якого якої якому яким яких яку цей ця це ці цього цієї цьому
цим цих цю той те ті того тієї тим тих ту тому він вона воно вони його її їх йому їй їм ним нею них я ми ти ви мене мені нас
нам вас вам себе собі свій своя своє свої свого своєї своїх свою своїм весь вся все всі всіх усі усіх бути був була було були
буде будуть є сам сама само самі такий така таке такі більш дуже може можна ніж однак проте саме хто чого чому кого щодо проти
заявив заявила заявили заявляє сказав сказала сказали каже повідомив повідомила повідомили зазначив зазначила наголосив
наголосила додав додала пояснив пояснила
нагадаємо нагадуємо`;
const EN = `a an the and or but of in on at to from by for with about as into over under than that this these those it its he she
they them his her their we our us you your i me my be is are was were been being has have had do does did will would shall
should can could may might must which who whom whose what when where while if then so also only just even very such there here
both each any some all more most own same up out s said says say told tells stated added according against`;

const STOP: Record<Lang, Set<string>> = {
  ru: new Set(RU.split(/\s+/)),
  uk: new Set(UK.split(/\s+/)),
  en: new Set(EN.split(/\s+/)),
};

/** Negation markers. "без"/"without" count: "остались без ответа" negates "ответ". */
const NEGATIONS = new Set(
  `не ни нет никогда ничего никакой никакого никакие никаких никто ниче без ні немає ніколи нічого ніякого ніякої ніяких жодного
  жодної жодних жоден жодне not no never none nor neither without cannot nothing`.split(/\s+/),
);

/** True for function words of `lang` that carry no topic; never true for a negation. */
export function isStopWord(word: string, lang: Lang): boolean {
  return !NEGATIONS.has(word) && STOP[lang].has(word);
}

/** True for words that negate what follows ("не", "ні", "not", "never", "без"), including English "-n't". */
export function isNegation(word: string): boolean {
  return NEGATIONS.has(word) || /n't$/.test(word);
}
