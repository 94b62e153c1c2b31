// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/forms/placefinderdialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace atlas {
namespace {

constexpr int kMaxResults = 50;

enum Column { NameColumn, RegionColumn, CountryColumn, LevelColumn };

// The result's own name: the town's, the ZIP code, the region's or the country's.
QString nameOf(const GeocodeResult& place, const QString& country)
{
    switch (place.level) {
    case GeocodeResult::Level::Zip:
        return place.zip;
    case GeocodeResult::Level::CityRegion:
    case GeocodeResult::Level::CityCountry:
        return place.city;
    case GeocodeResult::Level::Region:
        return place.regionName;
    case GeocodeResult::Level::Country:
        return country;
    }
    return {};
}

} // namespace

PlaceFinderDialog::PlaceFinderDialog(const QString& text, QWidget* parent)
    : QDialog(parent), m_search(new QLineEdit(this)), m_list(new QTreeWidget(this)),
      m_status(new QLabel(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Find Place"));
    auto* label = new QLabel(tr("&Town, region, country or US ZIP code:"), this);
    label->setBuddy(m_search);
    m_search->setPlaceholderText(tr("Memphis, TN"));
    m_search->setClearButtonEnabled(true);
    m_search->setToolTip(
        tr("Type the start of a name; add a region or country after a comma to narrow the list "
           "(\"Springfield, IL\"). Down moves to the list, Enter picks."));
    m_search->installEventFilter(this);
    m_list->setColumnCount(4);
    m_list->setHeaderLabels({tr("Name"), tr("Region"), tr("Country"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAllColumnsShowFocus(true);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_list->setMinimumHeight(220);
    m_status->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Use This Place"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setToolTip(tr("Put the site at the place's centre, as an approximate location"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);

    connect(m_search, &QLineEdit::textChanged, this, &PlaceFinderDialog::refresh);
    // Enter in the list activates; a double-click does not in every style.
    connect(m_list, &QTreeWidget::itemActivated, this, &PlaceFinderDialog::accept);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, &PlaceFinderDialog::accept);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* current) {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(current != nullptr);
    });
    connect(m_buttons, &QDialogButtonBox::accepted, this, &PlaceFinderDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &PlaceFinderDialog::reject);
    m_search->setText(text);
    m_search->selectAll();
    refresh();
    resize(560, 420);
}

void PlaceFinderDialog::refresh()
{
    const Gazetteer& gazetteer = Gazetteer::bundled();
    m_results = gazetteer.search(m_search->text(), kMaxResults);
    m_list->clear();
    for (const GeocodeResult& place : m_results) {
        const QString country = gazetteer.countryName(place.countryCode);
        auto* item = new QTreeWidgetItem(
            m_list, {nameOf(place, country), place.regionName, country, levelName(place.level)});
        item->setToolTip(NameColumn, place.method);
    }
    m_list->resizeColumnToContents(RegionColumn);
    m_list->resizeColumnToContents(CountryColumn);
    m_list->resizeColumnToContents(LevelColumn);
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_results.isEmpty());
    if (!gazetteer.loadError().isEmpty())
        m_status->setText(tr("The gazetteer could not be read: %1").arg(gazetteer.loadError()));
    else if (m_search->text().trimmed().isEmpty())
        m_status->setText(tr("Type a place's name."));
    else if (m_results.isEmpty())
        m_status->setText(tr("No place of that name is known."));
    else
        m_status->setText(
            tr("Places are approximate: the centre of the town, ZIP code, region or country."));
}

void PlaceFinderDialog::accept()
{
    const int row = m_list->currentItem() ? m_list->indexOfTopLevelItem(m_list->currentItem()) : -1;
    if (row < 0 || row >= m_results.size() || result() == QDialog::Accepted)
        return;
    m_place = m_results[row];
    QDialog::accept();
}

bool PlaceFinderDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Up and Down in the search field move through the list, so that the keyboard never
    // has to leave the field.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_Up || key == Qt::Key_PageDown ||
            key == Qt::Key_PageUp) {
            QKeyEvent forwarded(QEvent::KeyPress, key, static_cast<QKeyEvent*>(event)->modifiers());
            QCoreApplication::sendEvent(m_list, &forwarded);
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace atlas
