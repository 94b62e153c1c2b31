// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/siteform.h"

#include "domain/enumtext.h"
#include "domain/namekey.h"
#include "editing/numbertext.h"
#include "forms/fieldreading.h"
#include "forms/idchoicedelegate.h"
#include "forms/placefinderdialog.h"
#include "forms/referencepicker.h"
#include "models/phaseeditmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace atlas {

SiteForm::SiteForm(AtlasDocument* document, const Site& site, QWidget* parent)
    : RowForm(document, site, site.id == 0 ? tr("New Site") : tr("Edit Site — %1").arg(site.name), parent),
      m_phases(new PhaseEditModel(&document->dataset(), this))
{
    setModal(false);
    m_name = addLine(QStringLiteral("name"), tr("&Name"), site.name, tr("As the press calls it: \"Stargate Abilene\", \"xAI Colossus 1\""));
    m_operator = new ReferencePicker(tr("(no operator)"));
    m_operator->setChoices(operatorChoices(dataset()));
    m_operator->setId(site.operatorId);
    addField(QStringLiteral("operator_id"), tr("&Operator"), m_operator, tr("Who runs the site; its colour marks the site on the map"));
    m_parties = addLine(QStringLiteral("parties"), tr("&Parties"), site.parties, tr("Who builds, leases and uses it"),
                        tr("Crusoe builds, Oracle leases, OpenAI tenant"));
    m_city = addLine(QStringLiteral("city"), tr("&City"), site.city);
    m_region = addLine(QStringLiteral("region"), tr("&Region"), site.region, tr("State or province"));
    m_country = addLine(QStringLiteral("country"), tr("Countr&y"), site.country, tr("ISO code, e.g. US"));
    m_lon = new QLineEdit(site.id == 0 ? QString() : numberText(site.lon));
    m_lon->setPlaceholderText(QStringLiteral("-99.7331"));
    auto* find = new QPushButton(tr("&Find Place…"));
    find->setToolTip(tr("Look up a town, region, country or US ZIP code in the offline gazetteer "
                        "and put the site at its centre, as an approximate location"));
    connect(find, &QPushButton::clicked, this, &SiteForm::findPlace);
    addField(
        QStringLiteral("lon"), tr("&Longitude"), m_lon,
        tr("Degrees east, -180 to 180 (west is negative). Shift+click on the map to set both."),
        find);
    m_lat = addLine(QStringLiteral("lat"), tr("L&atitude"), site.id == 0 ? QString() : numberText(site.lat),
                    tr("Degrees north, -90 to 90. Shift+click on the map to set both."), QStringLiteral("32.4487"));
    auto* hint = new QLabel(tr("<small>Shift+click on the map to put the site there, or find a "
                               "town or ZIP code with Find Place.</small>"));
    hint->setEnabled(false);
    addWide(hint);
    m_precision = new QComboBox;
    for (LocationPrecision p : {LocationPrecision::Exact, LocationPrecision::Approximate})
        m_precision->addItem(displayName(p), int(p));
    m_precision->setCurrentIndex(m_precision->findData(int(site.precision)));
    addField(QStringLiteral("location_precision"), tr("Pr&ecision"), m_precision,
             tr("Approximate when only the town or county is known; the map draws such sites hollow"));
    m_status = new QComboBox;
    for (SiteStatus s : {SiteStatus::Announced, SiteStatus::Building, SiteStatus::Operating})
        m_status->addItem(displayName(s), int(s));
    m_status->setCurrentIndex(m_status->findData(int(site.status)));
    addField(QStringLiteral("status"), tr("&Status"), m_status);
    m_plannedMw = addLine(QStringLiteral("planned_mw"), tr("Planned &MW"), numberText(site.plannedMw),
                          tr("The IT power the site is planned to reach, in MW"));
    m_note = addNote(QStringLiteral("note"), tr("N&ote"), site.note);
    m_source = makeSourcePicker(dataset(), site.sourceId);
    addField(QStringLiteral("source_id"), tr("So&urce"), m_source);

    QVector<SitePhase> phases;
    for (const SitePhase* phase : dataset().phasesOf(site.id))
        phases.append(*phase);
    m_phases->setPhases(phases);
    addField(QStringLiteral("phases"), tr("P&hases"), buildPhases(),
             tr("The site's capacity over time: from each date, the site's IT power in total"));
    resize(760, 860);
}

QWidget* SiteForm::buildPhases()
{
    auto* box = new QWidget;
    m_phaseTable = new QTableView(box);
    m_phaseTable->setModel(m_phases);
    m_phaseTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_phaseTable->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_phaseTable->horizontalHeader()->setStretchLastSection(true);
    m_phaseTable->setMinimumHeight(150);
    m_phaseTable->setItemDelegateForColumn(
        PhaseEditModel::GpuModelColumn,
        new IdChoiceDelegate([this] { return gpuModelChoices(dataset()); }, tr("(not known)"), m_phaseTable));
    m_phaseTable->setItemDelegateForColumn(
        PhaseEditModel::SourceColumn,
        new IdChoiceDelegate([this] { return sourceChoices(dataset()); }, tr("(no source)"), m_phaseTable));
    // Narrow number columns, so that the note and source fit without scrolling.
    m_phaseTable->horizontalHeader()->setDefaultSectionSize(70);
    m_phaseTable->setColumnWidth(PhaseEditModel::OnlineColumn, 80);
    m_phaseTable->setColumnWidth(PhaseEditModel::GpuModelColumn, 120);
    m_phaseTable->setColumnWidth(PhaseEditModel::EstimateColumn, 64);
    m_phaseTable->setColumnWidth(PhaseEditModel::NoteColumn, 130);

    auto* add = new QPushButton(tr("Add Phase"), box);
    add->setToolTip(tr("A new phase a year after the last one (Ctrl+Shift+P)"));
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    auto* remove = new QPushButton(tr("Remove Phase"), box);
    remove->setToolTip(tr("Remove the selected phases; they are deleted when you save"));
    connect(add, &QPushButton::clicked, this, &SiteForm::addPhase);
    connect(remove, &QPushButton::clicked, this, &SiteForm::removeSelectedPhases);
    const auto changed = [this] {
        touch(QStringLiteral("phases"));
        revalidate();
    };
    connect(m_phases, &QAbstractItemModel::dataChanged, this, changed);
    connect(m_phases, &QAbstractItemModel::rowsInserted, this, changed);
    connect(m_phases, &QAbstractItemModel::rowsRemoved, this, changed);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_phaseTable, 1);
    layout->addLayout(buttons);
    return box;
}

void SiteForm::addPhase()
{
    const int row = m_phases->addPhase();
    m_phaseTable->setCurrentIndex(m_phases->index(row, PhaseEditModel::OnlineColumn));
    // The date first: it is what a new phase most needs. Once the new row is laid out.
    QTimer::singleShot(0, m_phaseTable, [this] {
        if (m_phaseTable->isVisible())
            m_phaseTable->edit(m_phaseTable->currentIndex());
    });
}

void SiteForm::removeSelectedPhases()
{
    QList<int> rows;
    for (const QModelIndex& index : m_phaseTable->selectionModel()->selectedRows())
        rows << index.row();
    if (rows.isEmpty() && m_phaseTable->currentIndex().isValid())
        rows << m_phaseTable->currentIndex().row();
    m_phases->removePhaseRows(rows);
}

void SiteForm::setLocation(double lon, double lat)
{
    // Six decimals: about 0.1 m, finer than any site's published location.
    m_lon->setText(QString::number(lon, 'f', 6));
    m_lat->setText(QString::number(lat, 'f', 6));
    touch(QStringLiteral("lon"));
    touch(QStringLiteral("lat"));
    revalidate();
    raise();
    activateWindow();
}

void SiteForm::findPlace()
{
    QStringList known;
    for (const QLineEdit* field : {m_city, m_region, m_country}) {
        if (!field->text().trimmed().isEmpty())
            known << field->text().trimmed();
    }
    auto* dialog = new PlaceFinderDialog(known.join(QStringLiteral(", ")), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { usePlace(dialog->place()); });
    dialog->open();
}

void SiteForm::usePlace(const GeocodeResult& place)
{
    if (!place.found)
        return;
    m_precision->setCurrentIndex(m_precision->findData(int(LocationPrecision::Approximate)));
    const auto fillIfEmpty = [this](QLineEdit* field, const QString& text, const QString& key) {
        if (field->text().trimmed().isEmpty() && !text.isEmpty()) {
            field->setText(text);
            touch(key);
        }
    };
    fillIfEmpty(m_city, place.city, QStringLiteral("city"));
    fillIfEmpty(m_region, place.region, QStringLiteral("region"));
    fillIfEmpty(m_country, place.countryCode, QStringLiteral("country"));
    // The note says how the site was placed; a second place replaces the first's sentence.
    QString note = m_note->toPlainText();
    if (!m_placedBy.isEmpty() && note.contains(m_placedBy))
        note.replace(m_placedBy, place.method);
    else
        note = note.trimmed().isEmpty() ? place.method
                                        : note.trimmed() + QLatin1Char('\n') + place.method;
    m_placedBy = place.method;
    m_note->setPlainText(note);
    touch(QStringLiteral("location_precision"));
    touch(QStringLiteral("note"));
    setLocation(place.position.lon, place.position.lat);
}

Site SiteForm::read(FieldErrors* errors) const
{
    Site site = original();
    site.name = normalizedName(m_name->text());
    site.operatorId = chosenId(m_operator, QStringLiteral("operator_id"), tr("operator"), errors);
    site.parties = m_parties->text().trimmed();
    site.city = m_city->text().trimmed();
    site.region = m_region->text().trimmed();
    site.country = m_country->text().trimmed();
    site.lon = requiredNumber(m_lon, QStringLiteral("lon"), tr("The longitude"), errors);
    site.lat = requiredNumber(m_lat, QStringLiteral("lat"), tr("The latitude"), errors);
    site.precision = LocationPrecision(m_precision->currentData().toInt());
    site.status = SiteStatus(m_status->currentData().toInt());
    site.plannedMw = optionalNumber(m_plannedMw, QStringLiteral("planned_mw"), errors);
    site.note = m_note->toPlainText().trimmed();
    site.sourceId = chosenId(m_source, QStringLiteral("source_id"), tr("source"), errors);
    return site;
}

FieldErrors SiteForm::problems() const
{
    FieldErrors errors = RowForm::problems();
    for (const QString& problem : m_phases->problems())
        errors.append({QStringLiteral("phases"), problem});
    return errors;
}

ChangeSet SiteForm::changes() const
{
    FieldErrors ignored;
    const Site site = read(&ignored);
    ChangeSet set(commandText(site));
    if (isNew() || !(site == original()))
        set.upsert(site);
    // A new site is the set's first change; its phases refer to it until it has an id.
    set.append(m_phases->changes(isNew() ? insertedBy(0) : original().id));
    return set.isEmpty() ? ChangeSet() : set;
}

QString SiteForm::commandText(const Site& row) const
{
    return (isNew() ? tr("Add site “%1”") : tr("Edit site “%1”")).arg(row.name);
}

bool SiteForm::rowWasDeleted() const { return !isNew() && !dataset().site(original().id); }

} // namespace atlas
