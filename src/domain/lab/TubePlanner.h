#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace sgl::domain {

/**
 * Which tubes a dossier needs: one tube per container type, shared by every analysis measured in
 * that type of tube. An analysis already assigned stays where it is; a new analysis goes into the
 * dossier's usable tube of its container type when there is one (not rejected), else into a new
 * tube. Calculated analyses need no tube (their inputs have one); an analysis whose catalogue
 * entry names no container cannot be planned and is listed apart, so that the screen can say so.
 */
class TubePlanner {
public:
    /** An analysis of the dossier that has no tube yet. */
    struct Need {
        QString analysisCode;
        QString containerCode;  ///< ContainerType::code from the catalogue; empty when none
        bool calculated = false;
    };
    /** A tube the dossier already has. */
    struct Tube {
        qint64 specimenId = 0;
        QString containerCode;
        bool usable = true;     ///< false once rejected (a new sample is needed)
    };
    struct NewTube {
        QString containerCode;
        QStringList analysisCodes;
        friend bool operator==(const NewTube &, const NewTube &) = default;
    };
    struct Plan {
        QList<NewTube> newTubes;           ///< in the order their container types first appear in the needs
        QMap<QString, qint64> toExisting;  ///< analysis code -> existing usable tube
        QStringList withoutContainer;      ///< analyses the catalogue gives no container for
        QStringList calculated;            ///< analyses that need no tube
    };

    [[nodiscard]] static Plan plan(const QList<Need> &needs, const QList<Tube> &tubes);
};

} // namespace sgl::domain
