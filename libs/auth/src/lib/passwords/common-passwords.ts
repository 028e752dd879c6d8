/**
 * A small list of the passwords (and password stems) most often seen in breach corpora, bundled so that the check
 * needs no network. Compared after lower-casing and removing digits and symbols at the ends.
 */
export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  'password', 'passw0rd', 'passwort', 'motdepasse', 'qwerty', 'qwertyuiop', 'azerty', 'azertyuiop', 'asdfgh', 'asdfghjkl',
  'zxcvbn', 'zxcvbnm', 'letmein', 'welcome', 'welcome1', 'admin', 'administrator', 'iloveyou', 'monkey', 'dragon',
  'football', 'baseball', 'sunshine', 'princess', 'superman', 'batman', 'trustno', 'trustnoone', 'master', 'shadow',
  'michael', 'jennifer', 'jordan', 'hunter', 'freedom', 'whatever', 'starwars', 'pokemon', 'abcdef', 'abcdefgh',
  'abcdefghijkl', 'secret', 'changeme', 'changeit', 'default', 'concord', 'concorddemo', 'concord-demo', 'secretariat',
  'delegation', 'delegate', 'exportcontrol', 'wassenaar', 'bonjour', 'soleil', 'chocolat', 'doudou', 'loulou',
  'nicolas', 'julien', 'marseille', 'tokyo', 'nippon', 'sakura', 'doraemon', 'naruto', 'onepiece', 'summer', 'winter',
  'autumn', 'spring', 'january', 'december', 'computer', 'internet', 'samsung', 'google', 'microsoft', 'apple',
  'linkedin', 'facebook', 'twitter', 'qazwsx', 'qazwsxedc', '1q2w3e4r', '1qaz2wsx', 'zaq12wsx', 'aaaaaa', 'access',
  'mustang', 'killer', 'charlie', 'thomas', 'ginger', 'pepper', 'cheese', 'flower', 'lovely', 'loveme', 'matrix',
  'corvette', 'ferrari', 'harley', 'ranger', 'tigger', 'hello', 'helloworld', 'test', 'testing', 'guest', 'login',
]);
