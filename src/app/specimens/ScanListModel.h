#pragma once

#include <QAbstractTableModel>
#include <QDateTime>
#include <QList>

namespace sgl::app {

/** One scan at the reception screen, received or refused. */
struct ScanEntry {
    QDateTime at;            ///< local time of the scan
    QString barcode;         ///< as scanned (trimmed)
    bool received = false;
    QString dossierNumber;   ///< when received
    QString message;         ///< the French outcome shown to the user
};

/**
 * Scans made on this screen today, newest first: time, barcode, outcome (reçu / refusé),
 * dossier and message. Kept by the view for the session of the screen (refusals included, which
 * the database does not keep); the tubes' reception itself is in the dossiers.
 */
class ScanListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Barcode, Outcome, Dossier, Message, ColumnCount };

    explicit ScanListModel(QObject *parent = nullptr);

    /** Adds a scan on top; scans of previous days are dropped. */
    void add(const ScanEntry &entry);
    [[nodiscard]] const ScanEntry *entryAt(int row) const;
    [[nodiscard]] int receivedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ScanEntry> m_entries;
};

} // namespace sgl::app
