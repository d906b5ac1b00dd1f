#pragma once

#include "domain/analyzer/AnalyzerProfile.h"

#include <QAbstractTableModel>
#include <QList>

namespace sgl::app {

/**
 * The lab's analyzer profiles as a table: name, label, protocol, link, analyzer id, active,
 * number of code mappings. Inactive profiles are greyed.
 */
class AnalyzerProfileListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Name, Label, Protocol, Transport, AnalyzerId, Active, Mappings, ColumnCount };

    explicit AnalyzerProfileListModel(QObject *parent = nullptr);

    void setProfiles(QList<domain::analyzer::AnalyzerProfile> profiles);
    [[nodiscard]] const domain::analyzer::AnalyzerProfile *profileAt(int row) const;
    [[nodiscard]] int rowOf(const QString &name) const;
    [[nodiscard]] const QList<domain::analyzer::AnalyzerProfile> &profiles() const { return m_profiles; }

    /** "ASTM E1394" / "HL7 v2 (LAW)". */
    [[nodiscard]] static QString protocolText(domain::analyzer::AnalyzerProtocol protocol);
    /** "Serveur TCP 0.0.0.0:5001", "Client TCP 10.0.0.7:2575", "Série /dev/ttyUSB0 9600 8N1", "Aucune (fichiers)". */
    [[nodiscard]] static QString transportText(const domain::analyzer::TransportSettings &transport);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<domain::analyzer::AnalyzerProfile> m_profiles;
};

} // namespace sgl::app
