// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/formdialog.h"

#include "core/document/atlasdocument.h"
#include "core/editing/numbertext.h"
#include "core/undo/execute.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace atlas {
namespace {

const QColor kInvalidBase(0xfd, 0xe2, 0xe0);
const QColor kInvalidBaseDark(0x5c, 0x22, 0x1e);

// The messages' lines whose room is reserved under the fields.
constexpr int kReservedMessageLines = 3;

bool isDark(const QWidget* widget) { return widget->palette().color(QPalette::Window).lightness() < 128; }
QColor errorText(const QWidget* w) { return isDark(w) ? QColor(0xff, 0x8a, 0x80) : QColor(0xa1, 0x26, 0x1b); }
QColor warningText(const QWidget* w) { return isDark(w) ? QColor(0xff, 0xcc, 0x66) : QColor(0x8a, 0x5a, 0x00); }

} // namespace

FormDialog::FormDialog(AtlasDocument* document, const QString& title, QWidget* parent)
    : QDialog(parent), m_document(document), m_layout(new QVBoxLayout(this)),
      m_banner(new QLabel(this)), m_body(new QVBoxLayout), m_row(nullptr), m_form(nullptr),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this)),
      m_save(m_buttons->button(QDialogButtonBox::Save)), m_messages(new QLabel(this))
{
    setWindowTitle(title);
    m_banner->setWordWrap(true);
    m_banner->setTextFormat(Qt::PlainText); // messages quote what was typed: never as HTML
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #fde2e0; color: #a1261b; padding: 6px; border-radius: 3px; }"));
    m_banner->hide();
    m_save->setDefault(true);
    m_save->setToolTip(tr("Write the changes to the database (Ctrl+Z undoes them)"));
    m_messages->setObjectName(QStringLiteral("formMessages"));
    m_messages->setWordWrap(true);
    m_messages->setTextFormat(Qt::RichText); // every text in it is escaped (showErrors)
    m_messages->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_messages->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_messages->setMinimumHeight(m_messages->fontMetrics().lineSpacing() * kReservedMessageLines);
    connect(m_messages, &QLabel::linkActivated, this, &FormDialog::focusField);
    // Below the fields: what appears there can only move the buttons, never a field.
    m_layout->addLayout(m_body);
    m_layout->addWidget(m_messages);
    m_layout->addWidget(m_banner);
    m_layout->addWidget(m_buttons);
    startBelow();
    connect(m_buttons, &QDialogButtonBox::accepted, this, &FormDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &FormDialog::reject);
    // Another window's write, or an undo, may make the form's checks come out differently.
    connect(m_document, &AtlasDocument::datasetChanged, this, &FormDialog::revalidate);
}

const Dataset& FormDialog::dataset() const { return m_document->dataset(); }

void FormDialog::startColumn()
{
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setVerticalSpacing(4);
    auto* column = new QVBoxLayout;
    column->addLayout(m_form);
    // Columns side by side keep their fields at the top, however tall the other column is,
    // and leave the room a taller dialog has to the part below (a table).
    if (m_row->count() > 0) {
        for (int i = 0; i < m_row->count(); ++i) {
            auto* earlier = static_cast<QVBoxLayout*>(m_row->itemAt(i)->layout());
            if (earlier->count() == 1)
                earlier->addStretch(1);
        }
        column->addStretch(1);
        m_body->setStretchFactor(m_row, 0);
    }
    m_row->addLayout(column, 1);
}

void FormDialog::startBelow()
{
    m_row = new QHBoxLayout;
    m_row->setSpacing(18);
    m_body->addLayout(m_row, 1);
    startColumn();
}

QWidget* FormDialog::addField(const QString& field, const QString& label, QWidget* editor, const QString& toolTip,
                              QWidget* trailing)
{
    editor->setParent(this);
    if (!toolTip.isEmpty())
        editor->setToolTip(toolTip);
    if (trailing) {
        auto* row = new QHBoxLayout;
        row->addWidget(editor, 1);
        row->addWidget(trailing);
        m_form->addRow(label, row);
        if (auto* buddy = qobject_cast<QLabel*>(m_form->labelForField(row)))
            buddy->setBuddy(editor);
    } else {
        m_form->addRow(label, editor);
    }
    QString shownLabel = label;
    shownLabel.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    m_fields.insert(field, {editor, shownLabel, editor->toolTip()});
    m_fieldOrder << field;
    watch(editor, field);
    return editor;
}

QLineEdit* FormDialog::addLine(const QString& field, const QString& label, const QString& text, const QString& toolTip,
                               const QString& placeholder)
{
    auto* edit = new QLineEdit(text, this);
    edit->setPlaceholderText(placeholder);
    addField(field, label, edit, toolTip);
    return edit;
}

QPlainTextEdit* FormDialog::addNote(const QString& field, const QString& label, const QString& text)
{
    auto* edit = new QPlainTextEdit(text, this);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 12);
    addField(field, label, edit);
    return edit;
}

void FormDialog::addWide(QWidget* widget)
{
    widget->setParent(this);
    m_form->addRow(widget);
}

void FormDialog::watch(QWidget* editor, const QString& field)
{
    const auto edited = [this, field] {
        m_touched.insert(field);
        revalidate();
    };
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        connect(line, &QLineEdit::textEdited, this, edited);
    else if (auto* combo = qobject_cast<QComboBox*>(editor)) {
        connect(combo, &QComboBox::currentIndexChanged, this, edited);
        if (combo->isEditable())
            connect(combo, &QComboBox::editTextChanged, this, edited);
    } else if (auto* note = qobject_cast<QPlainTextEdit*>(editor))
        connect(note, &QPlainTextEdit::textChanged, this, edited);
    else if (auto* check = qobject_cast<QCheckBox*>(editor))
        connect(check, &QCheckBox::toggled, this, edited);
}

void FormDialog::touchAll()
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        m_touched.insert(it.key());
}

void FormDialog::revalidate() { showErrors(problems()); }

void FormDialog::showEvent(QShowEvent* event)
{
    QDialog::showEvent(event);
    revalidate(); // the warnings a row has as it opens (errors wait until a field is touched)
}

void FormDialog::showErrors(const FieldErrors& errors)
{
    QHash<QString, QStringList> byField;
    for (const FieldError& error : errors)
        byField[error.field] << error.message;
    m_shownErrors.clear();
    QStringList lines;
    const QString errorColor = errorText(this).name();
    for (const QString& field : std::as_const(m_fieldOrder)) {
        const Field& it = m_fields[field];
        const QStringList messages = m_touched.contains(field) ? byField.value(field) : QStringList();
        const QString message = messages.join(QLatin1Char('\n'));
        if (!message.isEmpty()) {
            m_shownErrors.insert(field, message);
            // The message is the link to its field; named first when it does not say which.
            const QString text = message.contains(it.label, Qt::CaseInsensitive)
                                     ? message
                                     : tr("%1: %2", "field: its error").arg(it.label, message);
            lines << QStringLiteral("<a href=\"%2\" style=\"color:%1; text-decoration:none\">%3</a>")
                         .arg(errorColor, field.toHtmlEscaped(),
                              text.toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1String("<br>")));
        }
        QPalette palette = it.editor->palette();
        const QColor plain = QApplication::palette(it.editor).color(QPalette::Base);
        palette.setColor(QPalette::Base, message.isEmpty() ? plain : (isDark(this) ? kInvalidBaseDark : kInvalidBase));
        it.editor->setPalette(palette);
        it.editor->setToolTip(message.isEmpty() ? it.toolTip : message);
    }
    m_shownWarnings = warnings();
    const QString warningColor = warningText(this).name();
    for (const QString& warning : std::as_const(m_shownWarnings))
        lines << QStringLiteral("<span style=\"color:%1\">%2</span>").arg(warningColor, warning.toHtmlEscaped());
    m_messages->setText(lines.join(QLatin1String("<br>")));
    if (m_bannerShowsProblems && errors.isEmpty()) {
        m_banner->hide();
        m_bannerShowsProblems = false;
    }
}

QString FormDialog::shownError(const QString& field) const { return m_shownErrors.value(field); }

void FormDialog::focusField(const QString& field)
{
    if (QWidget* editor = m_fields.value(field).editor)
        editor->setFocus(Qt::OtherFocusReason);
}

QString FormDialog::bannerText() const { return m_banner->isHidden() ? QString() : m_banner->text(); }

QWidget* FormDialog::fieldEditor(const QString& field) const { return m_fields.value(field).editor; }

void FormDialog::requireNumber(const QLineEdit* edit, const QString& field, FieldErrors* errors)
{
    if (parseNumberText(edit->text()).bad)
        errors->append({field, tr("\"%1\" is not a number.").arg(edit->text().trimmed())});
}

void FormDialog::reject()
{
    // Escape or Cancel on a form with edits asks first: typing is work.
    if (!m_touched.isEmpty() && !changes().isEmpty()) {
        const auto answer = QMessageBox::question(this, windowTitle(), tr("Discard the changes in this form?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void FormDialog::accept()
{
    touchAll();
    const FieldErrors errors = problems();
    showErrors(errors);
    if (!errors.isEmpty()) {
        m_banner->setText(tr("Nothing was saved: fix the fields listed above first."));
        m_banner->show();
        m_bannerShowsProblems = true;
        // Fields without an editor of their own (a phase in the table) show in the banner.
        QStringList elsewhere;
        for (const FieldError& error : errors) {
            if (!m_fields.contains(error.field))
                elsewhere << error.message;
        }
        if (!elsewhere.isEmpty())
            m_banner->setText(m_banner->text() + QLatin1Char('\n') + elsewhere.join(QLatin1Char('\n')));
        for (const FieldError& error : errors) {
            if (QWidget* editor = m_fields.value(error.field).editor) {
                editor->setFocus(Qt::OtherFocusReason);
                break;
            }
        }
        return;
    }
    if (rowWasDeleted()) {
        m_banner->setText(tr("Nothing was saved: this row was deleted meanwhile (another window, or an undo). "
                             "Undo that delete first, or cancel this form."));
        m_banner->show();
        return;
    }
    const ChangeSet set = changes();
    if (set.isEmpty()) {
        QDialog::accept();
        return;
    }
    const WriteResult result = undo::execute(*m_document, set, set.description());
    if (!result.ok) {
        m_banner->setText(tr("Nothing was saved: %1").arg(result.error));
        m_banner->show();
        return;
    }
    m_savedIds = result.ids;
    m_banner->hide();
    QDialog::accept();
}

} // namespace atlas
