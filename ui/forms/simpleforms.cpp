// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/simpleforms.h"

#include "core/domain/claimmetrics.h"
#include "core/domain/namekey.h"
#include "core/editing/numbertext.h"
#include "ui/forms/fieldreading.h"
#include "ui/forms/referencepicker.h"
#include "core/io/operatorcolors.h"

#include <QColorDialog>
#include <QComboBox>
#include <QIcon>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QToolButton>


namespace atlas {
namespace {

QString quoted(const QString& name) { return QStringLiteral("“%1”").arg(name.trimmed()); }

QString yearText(int year) { return year ? QString::number(year) : QString(); }

} // namespace

// ---------------------------------------------------------------------------------------------

OperatorForm::OperatorForm(AtlasDocument* document, const Operator& op, QWidget* parent)
    : RowForm(document, op, op.id == 0 ? tr("New Operator") : tr("Edit Operator"), parent)
{
    m_name = addLine(QStringLiteral("name"), tr("&Name"), op.name, tr("The company that runs the sites, as it is usually called"));
    m_color = new QLineEdit(op.color);
    m_color->setPlaceholderText(QStringLiteral("#4e79a7"));
    m_pick = new QToolButton;
    m_pick->setText(tr("Choose…"));
    m_pick->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pick->setToolTip(tr("Pick the colour from a palette"));
    addField(QStringLiteral("color"), tr("&Colour"), m_color, tr("The colour of the operator's sites on the map and in charts, as #rrggbb"),
             m_pick);
    connect(m_pick, &QToolButton::clicked, this, &OperatorForm::chooseColor);
    m_note = addNote(QStringLiteral("note"), tr("N&ote"), op.note);

    // A new operator gets a colour of its own as its name is typed (one no other operator has,
    // so its sites do not look like another's, nor grey like the sites without an operator),
    // until the user writes or picks one.
    m_colorChosen = !isNew() || !op.color.isEmpty();
    connect(m_name, &QLineEdit::textChanged, this, [this](const QString& name) {
        if (m_colorChosen)
            return;
        QStringList taken;
        for (const Operator& other : dataset().operators)
            taken << other.color;
        m_color->setText(name.trimmed().isEmpty() ? QString() : io::operatorColorAvoiding(name, taken));
    });
    connect(m_color, &QLineEdit::textEdited, this, [this] { m_colorChosen = true; });
    connect(m_color, &QLineEdit::textChanged, this, &OperatorForm::showSwatch);
    showSwatch();
}

void OperatorForm::showSwatch()
{
    const QColor color = QColor::fromString(m_color->text().trimmed());
    if (!color.isValid()) {
        m_pick->setIcon(QIcon());
        return;
    }
    QPixmap swatch(14, 14);
    swatch.fill(color);
    m_pick->setIcon(QIcon(swatch));
}

void OperatorForm::chooseColor()
{
    const QColor color = QColorDialog::getColor(QColor::fromString(m_color->text().trimmed()), this,
                                                tr("Operator colour"));
    if (!color.isValid())
        return;
    m_colorChosen = true;
    m_color->setText(color.name());
    touch(QStringLiteral("color"));
    revalidate();
}

Operator OperatorForm::read(FieldErrors*) const
{
    Operator op = original();
    op.name = normalizedName(m_name->text());
    op.color = m_color->text().trimmed().toLower();
    op.note = m_note->toPlainText().trimmed();
    return op;
}

QString OperatorForm::commandText(const Operator& row) const
{
    return (isNew() ? tr("Add operator %1") : tr("Edit operator %1")).arg(quoted(row.name));
}

bool OperatorForm::rowWasDeleted() const { return !isNew() && !dataset().op(original().id); }

// ---------------------------------------------------------------------------------------------

SourceForm::SourceForm(AtlasDocument* document, const Source& source, QWidget* parent)
    : RowForm(document, source, source.id == 0 ? tr("New Source") : tr("Edit Source"), parent)
{
    m_title = addLine(QStringLiteral("title"), tr("&Title"), source.title, tr("The article, filing or report, as its title reads"));
    m_url = addLine(QStringLiteral("url"), tr("&Address"), source.url, tr("Where to read it, in full with https://"),
                    QStringLiteral("https://"));
    m_publisher = addLine(QStringLiteral("publisher"), tr("&Publisher"), source.publisher);
    m_published =
        addLine(QStringLiteral("published"), tr("Pu&blished"), source.published,
                tr("When it was published, as exactly as known"), tr("2025-11 or 2024-10-09"));
    m_note = addNote(QStringLiteral("note"), tr("N&ote"), source.note);
    resize(560, sizeHint().height());
}

Source SourceForm::read(FieldErrors*) const
{
    Source source = original();
    source.title = m_title->text().trimmed();
    source.url = m_url->text().trimmed();
    source.publisher = m_publisher->text().trimmed();
    source.published = m_published->text().trimmed();
    source.note = m_note->toPlainText().trimmed();
    return source;
}

QString SourceForm::commandText(const Source& row) const
{
    return (isNew() ? tr("Add source %1") : tr("Edit source %1")).arg(quoted(row.title));
}

bool SourceForm::rowWasDeleted() const { return !isNew() && !dataset().source(original().id); }

// ---------------------------------------------------------------------------------------------

GpuModelForm::GpuModelForm(AtlasDocument* document, const GpuModel& model, QWidget* parent)
    : RowForm(document, model, model.id == 0 ? tr("New GPU Model") : tr("Edit GPU Model"), parent)
{
    m_name = addLine(QStringLiteral("name"), tr("&Name"), model.name, {}, QStringLiteral("GB200"));
    m_year = addLine(QStringLiteral("year"), tr("&Year"), yearText(model.year), tr("The year it shipped in volume"));
    m_tdpW = addLine(QStringLiteral("tdp_w"), tr("&Chip power (W)"), numberText(model.tdpW),
                     tr("The chip's rated power (TDP), e.g. 700 for an H100 SXM, 1200 for a GB200's GPU"));
    m_overhead = addLine(QStringLiteral("overhead"), tr("&Overhead ×"), numberText(model.overhead),
                         tr("Server and network power per watt of chip: about 1.82 for 8-GPU servers, 1.45–1.7 for NVL72 racks"));
    m_bf16 = addLine(QStringLiteral("bf16_tflops"), tr("BF16 TFLOPS"), numberText(model.bf16Tflops), tr("Dense, without sparsity"));
    m_fp8 = addLine(QStringLiteral("fp8_tflops"), tr("FP8 TFLOPS"), numberText(model.fp8Tflops), tr("Dense, without sparsity"));
    m_hbm = addLine(QStringLiteral("hbm_gb"), tr("Memory (GB)"), numberText(model.hbmGb));
    m_unitPrice = addLine(QStringLiteral("unit_price_usd"), tr("Chip price ($)"), numberText(model.unitPriceUsd),
                          tr("The chip alone, in US dollars"));
    m_systemPrice = addLine(QStringLiteral("system_price_usd"), tr("System price per GPU ($)"), numberText(model.systemPriceUsd),
                            tr("Per GPU with its share of the server, network and storage"));
    m_system = addLine(QStringLiteral("system"), tr("S&ystem"), model.system, {}, QStringLiteral("HGX 8-GPU, NVL72"));
    m_note = addNote(QStringLiteral("note"), tr("N&ote"), model.note);
    m_source = makeSourcePicker(dataset(), model.sourceId);
    addField(QStringLiteral("source_id"), tr("&Source"), m_source);
}

GpuModel GpuModelForm::read(FieldErrors* errors) const
{
    GpuModel model = original();
    model.name = normalizedName(m_name->text());
    model.year = optionalYear(m_year, QStringLiteral("year"), errors).value_or(0);
    model.tdpW = requiredNumber(m_tdpW, QStringLiteral("tdp_w"), tr("Chip power"), errors);
    model.overhead = requiredNumber(m_overhead, QStringLiteral("overhead"), tr("Overhead"), errors);
    model.bf16Tflops = optionalNumber(m_bf16, QStringLiteral("bf16_tflops"), errors);
    model.fp8Tflops = optionalNumber(m_fp8, QStringLiteral("fp8_tflops"), errors);
    model.hbmGb = optionalNumber(m_hbm, QStringLiteral("hbm_gb"), errors);
    model.unitPriceUsd = optionalNumber(m_unitPrice, QStringLiteral("unit_price_usd"), errors);
    model.systemPriceUsd = optionalNumber(m_systemPrice, QStringLiteral("system_price_usd"), errors);
    model.system = m_system->text().trimmed();
    model.note = m_note->toPlainText().trimmed();
    model.sourceId = chosenId(m_source, QStringLiteral("source_id"), tr("source"), errors);
    return model;
}

QString GpuModelForm::commandText(const GpuModel& row) const
{
    return (isNew() ? tr("Add GPU model %1") : tr("Edit GPU model %1")).arg(quoted(row.name));
}

bool GpuModelForm::rowWasDeleted() const { return !isNew() && !dataset().gpuModel(original().id); }

// ---------------------------------------------------------------------------------------------

ClaimForm::ClaimForm(AtlasDocument* document, const Claim& claim, QWidget* parent)
    : RowForm(document, claim, claim.id == 0 ? tr("New Claim") : tr("Edit Claim"), parent)
{
    m_metric = new QComboBox;
    m_metric->setEditable(true);
    m_metric->setInsertPolicy(QComboBox::NoInsert);
    // The metrics by their readable names (the key is the item's data); one the app does not
    // know is listed by its key, and a new one can be typed.
    QStringList metrics = claimMetricKeys();
    for (const Claim& c : dataset().claims)
        metrics << c.metric;
    metrics.removeDuplicates();
    for (const QString& key : std::as_const(metrics))
        m_metric->addItem(claimMetricName(key), key);
    m_metric->model()->sort(0);
    m_metric->setEditText(claimMetricName(claim.metric));
    addField(QStringLiteral("metric"), tr("&Metric"), m_metric,
             tr("What the claim measures; the charts draw the claims of their metrics against the "
                "scenario"));
    m_label = addLine(QStringLiteral("label"), tr("&Label"), claim.label, tr("How a person would say it, shown on the chart"));
    m_subject = addLine(QStringLiteral("subject"), tr("S&ubject"), claim.subject, tr("Whose cluster, site or plan it is about"));
    m_year = addLine(QStringLiteral("year"), tr("&Year"), claim.year ? QString::number(*claim.year) : QString(),
                     tr("The year the claim is about"));
    m_low = addLine(QStringLiteral("low"), tr("Lo&w"), numberText(claim.low));
    m_high = addLine(QStringLiteral("high"), tr("&High"), numberText(claim.high), tr("The same as Low for a single figure"));
    m_unit = addLine(QStringLiteral("unit"), tr("U&nit"), claim.unit, {}, QStringLiteral("GPUs, GW, $B"));
    m_quote = addNote(QStringLiteral("quote"), tr("&Quote"), claim.quote);
    m_speaker = addLine(QStringLiteral("speaker"), tr("S&peaker"), claim.speaker);
    m_saidOn = addLine(QStringLiteral("said_on"), tr("Said &on"), claim.saidOn.toString(Qt::ISODate), {}, QStringLiteral("YYYY-MM-DD"));
    m_source = makeSourcePicker(dataset(), claim.sourceId);
    addField(QStringLiteral("source_id"), tr("&Source"), m_source);
    resize(560, sizeHint().height());
}

Claim ClaimForm::read(FieldErrors* errors) const
{
    Claim claim = original();
    claim.metric = claimMetricKey(m_metric->currentText());
    claim.label = m_label->text().trimmed();
    claim.subject = m_subject->text().trimmed();
    claim.year = optionalYear(m_year, QStringLiteral("year"), errors);
    claim.low = requiredNumber(m_low, QStringLiteral("low"), tr("Low"), errors);
    claim.high = requiredNumber(m_high, QStringLiteral("high"), tr("High"), errors);
    claim.unit = m_unit->text().trimmed();
    claim.quote = m_quote->toPlainText().trimmed();
    claim.speaker = m_speaker->text().trimmed();
    claim.saidOn = optionalDate(m_saidOn, QStringLiteral("said_on"), errors);
    claim.sourceId = chosenId(m_source, QStringLiteral("source_id"), tr("source"), errors);
    return claim;
}

QString ClaimForm::commandText(const Claim& row) const
{
    return (isNew() ? tr("Add claim %1") : tr("Edit claim %1")).arg(quoted(row.label.isEmpty() ? row.metric : row.label));
}

bool ClaimForm::rowWasDeleted() const { return !isNew() && !dataset().claim(original().id); }

} // namespace atlas
