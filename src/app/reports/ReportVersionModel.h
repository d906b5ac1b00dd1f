#pragma once

#include "domain/report/ReportVersion.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The issued versions of reports (Comptes rendus): version number, state (issued, replaced,
 * withdrawn), partial or complete, signing biologist, date, amendment reason. Every version is
 * listed, the latest of each report first within its set, as COFRAC expects all versions kept.
 */
class ReportVersionModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Version, State, Completeness, CreatedAt, CreatedBy, Reason, ColumnCount };
    static constexpr int VersionIdRole = Qt::UserRole;

    explicit ReportVersionModel(QObject *parent = nullptr);

    /** Sorted by set then version number descending. */
    void setVersions(QList<domain::ReportVersion> versions);
    [[nodiscard]] const domain::ReportVersion *versionAt(int row) const;
    [[nodiscard]] static QString statusLabel(domain::ReportVersion::Status status);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<domain::ReportVersion> m_versions;
};

} // namespace sgl::app
