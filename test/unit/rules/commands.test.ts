// Passwords on command lines. Each is drawn at run time from letters, digits and the punctuation shells pass
// through unquoted; the commands around them are what the rules key on.
import { charset, randomString, reseed } from '../support/fake';
import { describeRuleTable, type RuleCase } from '../support/rule-table';

reseed(0xc0de);

const password = () => randomString(charset.alnum, 12) + randomString('#+=@.:_', 1) + randomString(charset.digits, 2);

// Arguments that are not the password: a variable, a prompt, a template or a stock placeholder.
const standIns = ['$DB_PASSWORD', '"${DB_PASSWORD}"', '${{ secrets.DB_PASSWORD }}', '%DB_PASSWORD%', '<password>', 'YOUR_PASSWORD', 'changeme'];
const withStandIns = (line: (value: string) => string) => standIns.map(line);

// A row whose password sits where `§` is in each text; nothing shorter or misspelled applies to a free-form password.
const row = (rule: string, texts: string[], negatives: string[]): RuleCase => ({ rule, secret: password(), texts, short: null, wrong: null, negatives });

const cases: RuleCase[] = [
  row(
    'mysql-cli-password',
    ['mysql -u root -p§ app', "/usr/bin/mysqldump -h db -u backup -p'§' --all-databases > all.sql", '    - run: mariadb -uroot -p"§" -e "select 1"'],
    ['mysql -u root -p app', 'mysql -u root -p app < dump.sql', ...withStandIns((v) => `mysql -u root -p${v} app`)],
  ),
  row(
    'sshpass-password',
    ['sshpass -p § ssh deploy@build-01', "sshpass -v -p '§' scp dist.tgz deploy@build-01:/srv"],
    ['sshpass -e ssh deploy@build-01', 'sshpass -f ~/.ssh/pass ssh deploy@build-01', ...withStandIns((v) => `sshpass -p ${v} ssh deploy@build-01`)],
  ),
  row('redis-cli-password', ['redis-cli -h cache -a § ping', 'redis-cli --pass § --no-auth-warning info'], withStandIns((v) => `redis-cli -h cache -a ${v} ping`)),
  row(
    'container-registry-login-password',
    ['docker login -u deploy -p § registry.internal.io', 'podman login --password=§ --username deploy quay.io', 'helm registry login ghcr.io -u ci --password "§"'],
    ['echo "$TOKEN" | docker login -u deploy --password-stdin ghcr.io', ...withStandIns((v) => `docker login -u deploy -p ${v} ghcr.io`)],
  ),
  row('sqlcmd-password', ['sqlcmd -S db -U sa -P "§" -Q "select 1"', 'bcp dbo.users out users.dat -S db -U sa -P§ -c'], ['sqlcmd -S db -U sa -p 1', ...withStandIns((v) => `sqlcmd -S db -U sa -P ${v}`)]),
  row('mongodb-cli-password', ['mongodump --uri mongodb://db -u admin -p § --out /backup', 'mongosh --host db --username admin --password=§'], withStandIns((v) => `mongosh -u admin -p ${v}`)),
  row('ldap-bind-password', ['ldapsearch -x -D cn=admin,dc=corp,dc=io -w § -b dc=corp,dc=io'], ['ldapsearch -x -D cn=admin,dc=corp,dc=io -W -b dc=corp,dc=io', ...withStandIns((v) => `ldapsearch -x -w ${v} -b dc=corp`)]),
  row(
    'htpasswd-password',
    ['htpasswd -b /etc/nginx/.htpasswd admin §', 'htpasswd -nbB admin §', 'htpasswd -c -b .htpasswd admin "§"'],
    ['htpasswd -c /etc/nginx/.htpasswd admin', ...withStandIns((v) => `htpasswd -b .htpasswd admin ${v}`)],
  ),
  row(
    'openssl-passphrase',
    ['openssl enc -aes-256-cbc -k § -in backup.tar -out backup.enc', 'openssl pkcs12 -export -in c.pem -inkey k.pem -out c.p12 -passout pass:§', "openssl rsa -in k.pem -passin 'pass:§' -out plain.pem"],
    ['openssl enc -aes-256-cbc -pass env:BACKUP_PASS -in backup.tar', 'openssl rsa -in k.pem -passin file:pass.txt', ...withStandIns((v) => `openssl enc -aes-256-cbc -k ${v} -in a`)],
  ),
  row(
    'kubectl-secret-literal',
    ['kubectl create secret generic db --from-literal=password=§', "kubectl -n prod create secret generic api --from-literal=username=svc --from-literal='token=§'"],
    ['kubectl create secret generic db --from-literal=username=deploy-user01x', `kubectl create configmap app --from-literal=password=${password()}`, ...withStandIns((v) => `kubectl create secret generic db --from-literal=password=${v}`)],
  ),
  row('github-cli-secret-body', ['gh secret set DEPLOY_TOKEN --body "§"', 'gh secret set SLACK_HOOK -b § --repo acme/app'], ['gh secret set DEPLOY_TOKEN < token.txt', ...withStandIns((v) => `gh secret set DEPLOY_TOKEN --body ${v}`)]),
  row(
    'redis-requirepass',
    ['requirepass §', '  masterauth "§"', '    command: redis-server --appendonly yes --requirepass §'],
    ['# requirepass foobared', 'requirepass ""', ...withStandIns((v) => `command: redis-server --requirepass ${v}`)],
  ),
  row('archive-password', ['zip -r -P § release.zip dist', '7z a -p§ -mhe=on backup.7z data'], ['unzip -p release.zip notes.txt', 'zip -r release.zip dist', ...withStandIns((v) => `zip -r -P ${v} release.zip dist`)]),
];

describeRuleTable('commands', cases);
