// SPDX-License-Identifier: GPL-3.0-or-later
// The layers of docs/architecture.md, read from the sources: what each top-level folder may
// include, of ours (by the layer its include names) and of Qt (by the module a header belongs
// to, looked up in Qt's own include folders). A change that makes an arrow point upward (the
// core including a widget, the widgets including SQL) fails here, naming the file and line.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

struct Layer
{
    QString folder;
    QSet<QString> ourLayers; // the folders its quoted includes may name
    QSet<QString> qtModules; // the Qt modules its headers may come from
};

const QList<Layer>& layers()
{
    static const QList<Layer> list{
        {QStringLiteral("core"), {QStringLiteral("core")}, {QStringLiteral("QtCore"), QStringLiteral("QtGui")}},
        {QStringLiteral("db"),
         {QStringLiteral("core"), QStringLiteral("db")},
         {QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtSql")}},
        {QStringLiteral("ui"),
         {QStringLiteral("core"), QStringLiteral("ui")},
         {QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets"), QStringLiteral("QtSvg"),
          QStringLiteral("QtCharts"), QStringLiteral("QtConcurrent"), QStringLiteral("QtQuick"),
          QStringLiteral("QtQuickWidgets"), QStringLiteral("QtQml"), QStringLiteral("QtLocation"),
          QStringLiteral("QtPositioning"), QStringLiteral("QtNetwork")}},
        {QStringLiteral("app"),
         {QStringLiteral("core"), QStringLiteral("db"), QStringLiteral("ui"), QStringLiteral("app")},
         {QStringLiteral("QtCore"), QStringLiteral("QtGui"), QStringLiteral("QtWidgets")}},
    };
    return list;
}

// Which Qt module each header name belongs to ("QWidget" → "QtWidgets"), from the headers
// Qt installed.
QHash<QString, QString> qtHeaderModules()
{
    QHash<QString, QString> modules;
    const QDir headers(QLibraryInfo::path(QLibraryInfo::HeadersPath));
    for (const QString& module : headers.entryList({QStringLiteral("Qt*")}, QDir::Dirs)) {
        const QDir folder(headers.filePath(module));
        for (const QString& header : folder.entryList(QDir::Files))
            modules.insert(header, module);
    }
    return modules;
}

struct Include
{
    QString file;
    int line = 0;
    QString name;
    bool quoted = false;
};

QList<Include> includesUnder(const QString& root, const QString& folder)
{
    static const QRegularExpression directive(QStringLiteral(R"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"));
    QList<Include> found;
    QDirIterator it(QDir(root).filePath(folder), {QStringLiteral("*.h"), QStringLiteral("*.cpp")}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
            continue;
        int number = 0;
        while (!file.atEnd()) {
            const QString line = QString::fromUtf8(file.readLine());
            ++number;
            const QRegularExpressionMatch match = directive.match(line);
            if (match.hasMatch())
                found.append({QDir(root).relativeFilePath(file.fileName()), number, match.captured(2),
                              match.captured(1) == QLatin1String("\"")});
        }
    }
    return found;
}

QString where(const Include& include)
{
    return include.file + QLatin1Char(':') + QString::number(include.line) + QLatin1String(": ") + include.name;
}

} // namespace

class TestLayering : public QObject
{
    Q_OBJECT

    QString m_root;
    QHash<QString, QString> m_modules;

private Q_SLOTS:
    void initTestCase()
    {
        m_root = qEnvironmentVariable("ATLAS_SOURCE_DIR");
        QVERIFY2(QFileInfo::exists(m_root + QStringLiteral("/core/CMakeLists.txt")), qPrintable(m_root));
        m_modules = qtHeaderModules();
        QVERIFY2(m_modules.value(QStringLiteral("QWidget")) == QLatin1String("QtWidgets"),
                 "Qt's headers were not found where QLibraryInfo says they are");
    }

    void ourIncludesNameALayerBelow_data()
    {
        QTest::addColumn<int>("layer");
        for (int i = 0; i < layers().size(); ++i)
            QTest::newRow(qPrintable(layers()[i].folder)) << i;
    }
    void ourIncludesNameALayerBelow()
    {
        QFETCH(int, layer);
        const Layer& rules = layers()[layer];
        const QList<Include> includes = includesUnder(m_root, rules.folder);
        QVERIFY(!includes.isEmpty());
        QStringList wrong;
        for (const Include& include : includes) {
            if (!include.quoted || include.name.endsWith(QLatin1String(".moc")))
                continue;
            // Every include names its layer from the project's root, and that layer is allowed.
            const QString named = include.name.section(QLatin1Char('/'), 0, 0);
            if (!include.name.contains(QLatin1Char('/')) || !rules.ourLayers.contains(named) ||
                !QFileInfo::exists(QDir(m_root).filePath(include.name)))
                wrong << where(include);
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    void qtHeadersComeFromTheLayersModules_data() { ourIncludesNameALayerBelow_data(); }
    void qtHeadersComeFromTheLayersModules()
    {
        QFETCH(int, layer);
        const Layer& rules = layers()[layer];
        QStringList wrong;
        for (const Include& include : includesUnder(m_root, rules.folder)) {
            if (include.quoted)
                continue;
            const QString header = include.name.section(QLatin1Char('/'), -1);
            const QString module = include.name.contains(QLatin1Char('/'))
                                       ? include.name.section(QLatin1Char('/'), 0, 0)
                                       : m_modules.value(header);
            if (!module.startsWith(QLatin1String("Qt")))
                continue; // the standard library, SQLite, libzip, nlohmann/json ...
            if (!rules.qtModules.contains(module))
                wrong << where(include) + QStringLiteral(" (") + module + QLatin1Char(')');
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }

    // QtCharts lives in ui/charts/ alone, so a chart library could be changed in one folder.
    void qtChartsOnlyInTheChartsFolder()
    {
        QStringList wrong;
        for (const QString& folder : {QStringLiteral("core"), QStringLiteral("db"), QStringLiteral("ui"),
                                      QStringLiteral("app")}) {
            for (const Include& include : includesUnder(m_root, folder)) {
                const QString module = include.name.contains(QLatin1Char('/'))
                                           ? include.name.section(QLatin1Char('/'), 0, 0)
                                           : m_modules.value(include.name);
                if (!include.quoted && module == QLatin1String("QtCharts") &&
                    !include.file.startsWith(QLatin1String("ui/charts/")))
                    wrong << where(include);
            }
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
