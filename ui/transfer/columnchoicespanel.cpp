// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/transfer/columnchoicespanel.h"

#include <QComboBox>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QLabel>
#include <QSettings>
#include <QVBoxLayout>

namespace atlas {
namespace {

QString settingsKey(io::ImportKind kind, const QStringList& columns)
{
    const QByteArray header = columns.join(QLatin1Char('\n')).toUtf8();
    return QStringLiteral("import/columnChoices/%1/%2")
        .arg(int(kind))
        .arg(QString::fromLatin1(
            QCryptographicHash::hash(header, QCryptographicHash::Sha1).toHex()));
}

} // namespace

ColumnChoicesPanel::ColumnChoicesPanel(io::ImportKind kind, QWidget* parent)
    : QWidget(parent), m_kind(kind), m_read(new QLabel(this)), m_unread(new QFormLayout)
{
    m_read->setWordWrap(true);
    m_read->setTextFormat(Qt::PlainText);
    m_read->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_read);
    layout->addLayout(m_unread);
}

void ColumnChoicesPanel::show(const io::ImportPlan& plan, const io::ColumnChoices& choices)
{
    m_choices = choices;
    const QStringList lines = plan.mappingLines();
    m_read->setText(lines.isEmpty() ? QString()
                                    : tr("Read: %1").arg(lines.join(QStringLiteral("; "))));
    m_read->setVisible(!lines.isEmpty());
    while (m_unread->rowCount() > 0)
        m_unread->removeRow(0);
    // A choice for each column nobody reads, and for each the user has chosen (to undo it).
    QStringList offered = plan.ignoredColumns;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!offered.contains(it.key()))
            offered << it.key();
    }
    for (const QString& column : std::as_const(offered)) {
        auto* combo = new QComboBox(this);
        combo->addItem(tr("(not read)"), QString());
        for (const io::FieldSpec& field : io::fieldsOf(m_kind))
            combo->addItem(tr("%1 (%2)").arg(io::fieldLabel(field), QLatin1String(field.key)),
                           QLatin1String(field.key));
        const int chosen = combo->findData(choices.value(column));
        combo->setCurrentIndex(std::max(0, chosen));
        combo->setToolTip(tr("Read the file's column “%1” as one of the fields, or leave it out. "
                             "Remembered for files "
                             "with the same columns.")
                              .arg(column.toHtmlEscaped()));
        combo->setAccessibleName(tr("Column %1").arg(column));
        connect(combo, &QComboBox::activated, this, [this, column, combo] {
            m_choices.insert(column, combo->currentData().toString());
            Q_EMIT choicesChanged(m_choices);
        });
        auto* label = new QLabel(column, this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(combo);
        m_unread->addRow(label, combo);
    }
}

io::ColumnChoices ColumnChoicesPanel::remembered(io::ImportKind kind, const QStringList& columns)
{
    io::ColumnChoices choices;
    const QVariantMap stored = QSettings().value(settingsKey(kind, columns)).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        choices.insert(it.key(), it.value().toString());
    return choices;
}

void ColumnChoicesPanel::remember(io::ImportKind kind, const QStringList& columns,
                                  const io::ColumnChoices& choices)
{
    QVariantMap stored;
    for (auto it = choices.cbegin(); it != choices.cend(); ++it)
        stored.insert(it.key(), it.value());
    QSettings().setValue(settingsKey(kind, columns), stored);
}

} // namespace atlas
