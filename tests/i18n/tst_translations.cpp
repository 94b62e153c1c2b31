// SPDX-License-Identifier: GPL-3.0-or-later
// The translations are complete and faithful: lupdate, run over today's code into a copy of
// each .ts file, finds no text without a translation (a string added to the code without
// one fails here), no translation drops or adds a placeholder (%1, %L1, %n), and the
// embedded catalogues load and translate.
#include "core/i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one per plural form (one for a message without %n)
};

QList<Message> readCatalogue(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    QList<Message> messages;
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message") {
            Message message;
            message.context = context;
            message.numerus = xml.attributes().value(QLatin1String("numerus")) == u"yes";
            messages.append(message);
        } else if (xml.name() == u"source" && !messages.isEmpty())
            messages.last().source = xml.readElementText();
        else if (xml.name() == u"translation" && !messages.isEmpty()) {
            const QStringView type = xml.attributes().value(QLatin1String("type"));
            messages.last().unfinished = type == u"unfinished";
            if (!messages.last().numerus)
                messages.last().translations.append(xml.readElementText());
        } else if (xml.name() == u"numerusform" && !messages.isEmpty())
            messages.last().translations.append(xml.readElementText());
    }
    if (xml.hasError())
        qFatal("%s is not a catalogue: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// The placeholders of a text as a multiset, spelled as Qt reads them: %1..%99, with or
// without L, and %n / %Ln.
QStringList placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?(?:n|\\d{1,2})"));
    QStringList found;
    for (const QRegularExpressionMatch& match : pattern.globalMatch(text))
        found.append(match.captured());
    found.sort();
    return found;
}

QString shortText(const Message& message) { return message.context + QStringLiteral(": ") + message.source.left(80); }

} // namespace

class TranslationsTest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString m_lupdateWarnings;

    // lupdate over the code into a copy of the catalogue `tsPath`, as the update_translations
    // target runs it; returns the copy's messages (and keeps what lupdate warned of).
    QList<Message> updatedCopy(const QString& tsPath, const QStringList& extraOptions)
    {
        const QString copy = m_dir.filePath(QFileInfo(tsPath).fileName());
        QFile::remove(copy);
        if (!QFile::copy(tsPath, copy))
            qFatal("cannot copy %s", qPrintable(tsPath));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QStringList arguments{QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-no-obsolete")};
        arguments += extraOptions;
        for (const QString& folder : QStringLiteral(ATLAS_TRANSLATION_INCLUDES).split(u'|'))
            arguments << QStringLiteral("-I") << folder;
        arguments << QLatin1Char('@') + QStringLiteral(ATLAS_TRANSLATED_SOURCES_LIST);
        arguments << QStringLiteral("-ts") << copy;
        QProcess lupdate;
        lupdate.start(QStringLiteral(ATLAS_LUPDATE), arguments);
        if (!lupdate.waitForFinished(120000) || lupdate.exitCode() != 0)
            qFatal("lupdate failed: %s", lupdate.readAllStandardError().constData());
        m_lupdateWarnings = QString::fromLocal8Bit(lupdate.readAllStandardError());
        return readCatalogue(copy);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A tr() lupdate cannot place (a helper that is not Qt's, a class without Q_OBJECT or
    // Q_DECLARE_TR_FUNCTIONS) files its text under a context the app never asks for.
    void lupdatePlacesEveryText()
    {
        updatedCopy(QStringLiteral(ATLAS_TS_ZH), {});
        QStringList misplaced;
        for (const QString& line : m_lupdateWarnings.split(u'\n'))
            if (line.contains(QStringLiteral("lacks Q_OBJECT")) || line.contains(QStringLiteral("Cannot invoke tr()")) ||
                line.contains(QStringLiteral("unknown namespace/class")))
                misplaced.append(line);
        QVERIFY2(misplaced.isEmpty(), qPrintable(misplaced.join(u'\n')));
    }

    void everyTextHasAChineseTranslation()
    {
        const QList<Message> messages = updatedCopy(QStringLiteral(ATLAS_TS_ZH), {});
        QVERIFY(messages.size() > 500);
        QStringList missing;
        for (const Message& message : messages)
            if (message.unfinished || message.translations.isEmpty() || message.translations.first().isEmpty())
                missing.append(shortText(message));
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 texts without a zh_CN translation (run the "
                                                               "update_translations target, then translate them):\n")
                                                   .arg(missing.size()) +
                                               missing.mid(0, 40).join(u'\n')));
    }

    void everyPluralHasItsEnglishForms()
    {
        const QList<Message> messages = updatedCopy(QStringLiteral(ATLAS_TS_EN), {QStringLiteral("-pluralonly")});
        QVERIFY(!messages.isEmpty());
        QStringList missing;
        for (const Message& message : messages)
            if (message.numerus && (message.unfinished || message.translations.size() != 2 ||
                                    message.translations.contains(QString())))
                missing.append(shortText(message));
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u'\n')));
    }

    void translationsKeepThePlaceholders_data()
    {
        QTest::addColumn<QString>("catalogue");
        QTest::newRow("zh_CN") << QStringLiteral(ATLAS_TS_ZH);
        QTest::newRow("en") << QStringLiteral(ATLAS_TS_EN);
    }

    void translationsKeepThePlaceholders()
    {
        QFETCH(QString, catalogue);
        QStringList wrong;
        for (const Message& message : readCatalogue(catalogue)) {
            QStringList expected = placeholders(message.source);
            for (const QString& translation : message.translations) {
                if (translation.isEmpty())
                    continue;
                QStringList got = placeholders(translation);
                // A plural form may spell %n as %Ln and the reverse: both are the count.
                if (message.numerus) {
                    got.replaceInStrings(QStringLiteral("%Ln"), QStringLiteral("%n"));
                    expected.replaceInStrings(QStringLiteral("%Ln"), QStringLiteral("%n"));
                    // The singular English form ("1 site") may leave the count out.
                    if (!got.contains(QStringLiteral("%n")))
                        got.append(QStringLiteral("%n")), got.sort();
                }
                if (got != expected)
                    wrong.append(shortText(message) + QStringLiteral(" → ") + translation.left(80));
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
    }

    // The embedded catalogues are the ones the .ts files make, and the loader picks them by
    // the locale: Chinese menus for zh_CN, English plurals for English and for C.
    void theLoaderInstallsTheLanguage()
    {
        auto* app = QCoreApplication::instance();
        QCOMPARE(atlas::i18n::installTranslators(*app, QLocale(QStringLiteral("zh_CN"))), QStringLiteral("zh_CN"));
        const QString file = QCoreApplication::translate("atlas::MainWindow", "&File");
        QVERIFY2(file.contains(QStringLiteral("文件")), qPrintable(file));
        QCOMPARE(QLocale().name(), QStringLiteral("zh_CN"));
    }
};

QTEST_GUILESS_MAIN(TranslationsTest)
#include "tst_translations.moc"
