// Run by maven-invoker-plugin before the build: makes this project a Git repository of its own with a
// release tag v1.0.0 and Conventional Commits after it, at fixed dates (so the notes are reproducible).
def git(List<String> args, String date = '2026-11-01T10:00:00+01:00') {
    def command = ['git', '-c', 'commit.gpgsign=false', '-c', 'tag.gpgsign=false', '-c', 'core.autocrlf=false'] + args
    def builder = new ProcessBuilder(command).directory(basedir).redirectErrorStream(true)
    def env = builder.environment()
    env.putAll([GIT_AUTHOR_NAME: 'Ada Lovelace', GIT_AUTHOR_EMAIL: 'ada@example.org', GIT_COMMITTER_NAME: 'Ada Lovelace',
                GIT_COMMITTER_EMAIL: 'ada@example.org', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1'])
    def process = builder.start()
    def output = process.inputStream.getText('UTF-8')
    assert process.waitFor() == 0 : "git ${args}: ${output}"
}

def change(String file, String text, String message, String date) {
    new File(basedir, file).text = text
    git(['add', file])
    git(['commit', '-q', '-m', message], date)
}

git(['init', '-q', '-b', 'main'])
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n'
git(['add', '.'])
git(['commit', '-q', '-m', 'feat: greet by name'], '2026-10-01T09:00:00+02:00')
change('NOTES.txt', 'one\n', 'fix: a fix released in 1.0.0', '2026-10-02T09:00:00+02:00')
git(['tag', '-a', 'v1.0.0', '-m', 'Release 1.0.0'], '2026-10-02T09:30:00+02:00')
change('NOTES.txt', 'two\n', 'feat(cli): greet several names at once', '2026-11-02T09:00:00+01:00')
change('NOTES.txt', 'three\n', 'fix: drop the spaces around a name\n\nA name read from a file kept its line break.', '2026-11-03T09:00:00+01:00')
change('NOTES.txt', 'four\n', 'docs: usage in the README', '2026-11-04T09:00:00+01:00')
change('NOTES.txt', 'five\n', 'feat!: greet() returns the greeting instead of printing it\n\nBREAKING CHANGE: callers print the result themselves.', '2026-11-05T09:00:00+01:00')
change('NOTES.txt', 'six\n', 'Update the notes', '2026-11-06T09:00:00+01:00')
git(['tag', 'nightly'])
return true
