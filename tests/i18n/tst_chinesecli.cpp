// SPDX-License-Identifier: GPL-3.0-or-later
// The command line follows LANG as the window does: its help and its messages in Chinese
// under zh_CN, in English under C, while command names and options stay English.
#include "chinesetext.h"
#include "clirun.h"

#include <QTemporaryDir>
#include <QTest>

using atlas::test::Run;
using atlas::test::runAtlas;

namespace {

using atlas::test::hasChinese;

const QMap<QString, QString> kChinese{{QStringLiteral("LANG"), QStringLiteral("zh_CN.UTF-8")},
                                      {QStringLiteral("LC_ALL"), QString()},
                                      {QStringLiteral("LC_MESSAGES"), QString()}};
const QMap<QString, QString> kEnglish{{QStringLiteral("LANG"), QStringLiteral("C.UTF-8")},
                                      {QStringLiteral("LC_ALL"), QString()},
                                      {QStringLiteral("LC_MESSAGES"), QString()}};

} // namespace

class ChineseCliTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void helpFollowsLang()
    {
        const Run chinese = runAtlas(QDir(m_home.path()), {QStringLiteral("--help")}, kChinese);
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(hasChinese(chinese.out), qPrintable(chinese.out));
        // Commands and options are what a script types: English in every language.
        QVERIFY(chinese.out.contains(QStringLiteral("import-epoch")));
        QVERIFY(chinese.out.contains(QStringLiteral("--db")));
        const Run english = runAtlas(QDir(m_home.path()), {QStringLiteral("--help")}, kEnglish);
        QCOMPARE(english.exitCode, 0);
        QVERIFY2(!hasChinese(english.out), qPrintable(english.out));
        QVERIFY(english.out.contains(QStringLiteral("import-epoch")));
    }

    void aCommandsHelpFollowsLang()
    {
        const Run chinese = runAtlas(QDir(m_home.path()), {QStringLiteral("export-chart"), QStringLiteral("--help")}, kChinese);
        QCOMPARE(chinese.exitCode, 0);
        QVERIFY2(hasChinese(chinese.out), qPrintable(chinese.out + chinese.err));
        QVERIFY(chinese.out.contains(QStringLiteral("--out")));
    }

    void errorsFollowLang()
    {
        const QString missing = m_home.filePath(QStringLiteral("no-such-folder/atlas.gpkg"));
        const Run chinese = runAtlas(QDir(m_home.path()), {QStringLiteral("--db"), missing, QStringLiteral("check")}, kChinese);
        QVERIFY(chinese.exitCode != 0);
        QVERIFY2(hasChinese(chinese.err), qPrintable(chinese.err));
        QVERIFY(chinese.err.contains(missing)); // the path as the user gave it
        const Run english = runAtlas(QDir(m_home.path()), {QStringLiteral("--db"), missing, QStringLiteral("check")}, kEnglish);
        QVERIFY(english.exitCode != 0);
        QVERIFY2(!hasChinese(english.err), qPrintable(english.err));
    }
};

QTEST_GUILESS_MAIN(ChineseCliTest)
#include "tst_chinesecli.moc"
