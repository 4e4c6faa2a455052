// Passwords typed on command lines: database clients, sshpass, archive and key tools. Scripts, READMEs and CI
// steps keep them in plain text, and most of these tools can read the password from a variable instead.
import type { RuleSpec } from '../types';
import { passedSecret } from './define';

// Where a command or directive name starts: not inside another word, path component or variable.
const WORD_START = String.raw`(?<![\w.\-$])`;
// The tool's name as a word of its own, then its other arguments on the same command (not past a pipe or `;`).
const command = (names: string) => String.raw`${WORD_START}(?:${names})(?![\w-])[^\n|;&]{0,200}?[ \t]`;
// A literal argument, quoted or bare: not a variable, a substitution or a template (`$PASS`, `%PASS%`, `<password>`,
// `{{ pw }}`), and not the next option. Group 1.
const LITERAL = String.raw`["']?([^\s'"\x60$%<{(\\-][^\s'"\x60;|&]{3,127})(?=["']?(?:[\s;|&)]|$))`;

// Medium, as a name would make it: the option says what the argument is. Stock examples (`-proot`, `-pPASSWORD`)
// stay quiet, since the value is judged as any password is.
function commandPassword(spec: Omit<RuleSpec, 'confidence' | 'refine' | 'pattern'> & { readonly before: string }): RuleSpec {
  const { before, ...rest } = spec;
  return passedSecret({ ...rest, pattern: new RegExp(before + LITERAL) });
}

/** Rules of the commands family: passwords passed as command-line arguments. */
export const rules: readonly RuleSpec[] = [
  // Only the attached form: `-p secret` would make `secret` the database and prompt for the password.
  commandPassword({
    id: 'mysql-cli-password',
    provider: 'MySQL',
    description: 'Password given to a MySQL or MariaDB client attached to -p',
    keywords: ['mysql', 'mariadb'],
    before: command('mysql|mysqldump|mysqladmin|mysqlimport|mysqlshow|mysqlcheck|mysqlpump|mariadb|mariadb-dump|mariadb-admin') + '-p',
    envName: 'MYSQL_PWD',
  }),
  commandPassword({
    id: 'sshpass-password',
    provider: 'SSH',
    description: 'Password given to sshpass with -p',
    keywords: ['sshpass'],
    before: command('sshpass') + String.raw`-p[ \t]*`,
    envName: 'SSHPASS',
  }),
  commandPassword({
    id: 'redis-cli-password',
    provider: 'Redis',
    description: 'Password given to redis-cli with -a or --pass',
    keywords: ['redis-cli'],
    before: command('redis-cli') + String.raw`(?:-a|--pass)[ \t]{1,4}`,
    envName: 'REDISCLI_AUTH',
  }),
  commandPassword({
    id: 'container-registry-login-password',
    provider: 'Container registry',
    description: 'Password given to a container registry login (docker, podman, nerdctl) with -p or --password',
    keywords: ['docker login', 'podman login', 'buildah login', 'nerdctl login', 'skopeo login', 'registry login'],
    before: command(String.raw`(?:docker|podman|buildah|nerdctl|skopeo|helm[ \t]{1,4}registry)[ \t]{1,4}login`) + String.raw`(?:-p|--password)(?:[ \t]{1,4}|=)`,
    envName: 'DOCKER_PASSWORD',
  }),
  commandPassword({
    id: 'sqlcmd-password',
    provider: 'SQL Server',
    description: 'Password given to sqlcmd, bcp or osql with -P',
    keywords: ['sqlcmd', 'bcp ', 'osql'],
    before: command('sqlcmd|bcp|osql') + String.raw`-P[ \t]*`,
    envName: 'SQLCMDPASSWORD',
  }),
  commandPassword({
    id: 'mongodb-cli-password',
    provider: 'MongoDB',
    description: 'Password given to mongosh or a MongoDB tool with -p or --password',
    keywords: ['mongo'],
    before: command('mongo|mongosh|mongodump|mongorestore|mongoimport|mongoexport|mongostat|mongotop') + String.raw`(?:-p|--password)(?:[ \t]{1,4}|=)`,
    envName: 'MONGODB_PASSWORD',
  }),
  commandPassword({
    id: 'ldap-bind-password',
    provider: 'LDAP',
    description: 'Bind password given to an OpenLDAP client with -w',
    keywords: ['ldap'],
    before: command('ldapsearch|ldapmodify|ldapadd|ldapdelete|ldappasswd|ldapwhoami|ldapcompare|ldapmodrdn') + String.raw`-w[ \t]{1,4}`,
    envName: 'LDAP_BIND_PASSWORD',
  }),
  // `-b` takes the password from the line; the file is left out with -n. The password is the last argument.
  commandPassword({
    id: 'htpasswd-password',
    provider: 'HTTP basic auth',
    description: 'Password given to htpasswd in batch mode (-b)',
    keywords: ['htpasswd'],
    before: String.raw`${WORD_START}htpasswd[ \t]{1,4}(?:-[A-Za-z]{1,8}[ \t]{1,4}){0,4}?-[A-Za-z]{0,8}b[A-Za-z]{0,8}(?:[ \t]{1,4}-[A-Za-z]{1,8}){0,4}[ \t]{1,4}(?:[^\s-]\S{0,200}[ \t]{1,4})?[^\s-]\S{0,100}[ \t]{1,4}`,
    envName: 'BASIC_AUTH_PASSWORD',
  }),
  commandPassword({
    id: 'openssl-passphrase',
    provider: 'OpenSSL',
    description: 'Passphrase given to openssl with -k or -pass pass:',
    keywords: ['openssl'],
    before: command('openssl') + String.raw`(?:-k[ \t]{1,4}|-pass(?:in|out)?[ \t]{1,4}["']?pass:)`,
    envName: 'OPENSSL_PASSPHRASE',
  }),
  // redis.conf's directives, and the same as options on redis-server's command line (a Compose `command:`).
  commandPassword({
    id: 'redis-requirepass',
    provider: 'Redis',
    description: 'Password set with requirepass or masterauth (redis.conf, redis-server --requirepass)',
    keywords: ['requirepass', 'masterauth'],
    before: String.raw`${WORD_START}(?:--)?(?:requirepass|masterauth)[ \t]{1,4}`,
    envName: 'REDIS_PASSWORD',
  }),
  // What these commands store is a secret by definition, whatever its name: every literal of a Secret, each on its
  // own, and the body of an Actions secret.
  commandPassword({
    id: 'kubectl-secret-literal',
    provider: 'Kubernetes',
    description: 'Value given to kubectl create secret with --from-literal',
    keywords: ['--from-literal'],
    before: String.raw`(?<=${WORD_START}kubectl[ \t]{1,4}(?:-n[ \t]{1,4}\S{1,60}[ \t]{1,4})?create[ \t]{1,4}secret(?![\w-])[^\n|;&]{0,400}?)--from-literal=["']?(?!(?:user(?:name)?|login|host(?:name)?|port|url|uri|endpoint|database|db|dbname|name|email|region|schema)=)[\w.\-]{1,100}=`,
    envName: 'KUBERNETES_SECRET_VALUE',
  }),
  commandPassword({
    id: 'github-cli-secret-body',
    provider: 'GitHub',
    description: 'Value given to gh secret set with --body or -b',
    keywords: ['secret set'],
    before: command(String.raw`gh[ \t]{1,4}secret[ \t]{1,4}set`) + String.raw`(?:-b|--body)(?:[ \t]{1,4}|=)`,
    envName: 'GITHUB_SECRET_VALUE',
  }),
  // zip and unzip take -P; 7-Zip takes the password attached to -p.
  commandPassword({
    id: 'archive-password',
    provider: 'Archive',
    description: 'Password given to zip, unzip (-P) or 7-Zip (-p) on the command line',
    // `zip` alone is in every bundle that gzips; a command line puts an option after it.
    keywords: ['zip -', '7z ', '7za ', '7zr '],
    before: String.raw`(?:${command('zip|unzip')}-P[ \t]*|${command('7z|7za|7zr')}-p)`,
    envName: 'ARCHIVE_PASSWORD',
  }),
];
