#pragma once

#include "domain/analyzer/AnalyzerMessage.h"
#include "domain/analyzer/FieldRef.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace sgl::domain::analyzer {

/** How the gateway reaches the instrument. */
enum class TransportKind {
    TcpServer,   ///< the lab listens, the instrument connects (most LAN instruments)
    TcpClient,   ///< the lab connects to the instrument's port
    Serial,      ///< RS-232 (ASTM only)
    None         ///< files only (replay, result exports): no live link
};

/** Where the link is. Fields not used by the kind stay at their defaults. */
struct TransportSettings {
    TransportKind kind = TransportKind::TcpServer;
    QString host = QStringLiteral("0.0.0.0"); ///< address to listen on (server) or to connect to (client)
    int port = 0;                             ///< 1-65535 for TCP kinds
    QString serialPort;                       ///< "/dev/ttyUSB0"
    int baudRate = 9600;
    int dataBits = 8;
    char parity = 'N';                        ///< N, E, O
    int stopBits = 1;
    friend bool operator==(const TransportSettings &, const TransportSettings &) = default;
};

/** Whether the instrument asks for its work, is sent a worklist, or neither. */
enum class OrderMode {
    None,             ///< results only (orders typed on the instrument or by barcode without query)
    HostQuery,        ///< the instrument queries by barcode (ASTM Q record, HL7 QBP^Q11)
    WorklistDownload  ///< the host sends orders when a tube is received (ASTM H-P-O-L, HL7 OML^O33)
};

/**
 * One test code of this instrument mapped to a catalogue analysis by the profile itself (the
 * catalogue's own analyzer codes, AnalyzerMapping with analyzer == profile.analyzerId, are the
 * other source; a profile mapping wins over the catalogue's for the same test code).
 *
 * `factor` converts the instrument's unit to the catalogue unit (value × factor); 1 when the
 * units agree. `valueComponent` (added after the first contract), when not 0, replaces
 * ValueRules::valueComponent for this test: cobas e411 qualitative assays send
 * "interpretation^cut-off index" (`-1^0.282`) where quantitative ones send the value alone.
 */
struct CodeMapping {
    QString testCode;
    QString analysisCode;
    double factor = 1.0;
    int valueComponent = 0;
    friend bool operator==(const CodeMapping &, const CodeMapping &) = default;
};

/** One instrument flag (R-7 repeat, OBX-8) and what it means on the result. */
struct FlagMapping {
    QString instrumentFlag;   ///< as sent, compared case-sensitively ("H", "EXP", "W")
    QString abnormalFlag;     ///< HL7 0078 code it becomes ("H", "L", "HH", "LL", "A", "<", ">"); empty: informative only
    friend bool operator==(const FlagMapping &, const FlagMapping &) = default;
};

/**
 * How a quality-control sample is recognised. The message's own indication (ASTM O-12/H-12 `Q`,
 * HL7 SPM-11 `Q`) counts when `trustMessage`; otherwise or in addition a specimen id matching
 * `specimenIdPattern` (a QRegularExpression, anchored by its author) makes a QC sample.
 */
struct QcRule {
    bool trustMessage = true;
    QString specimenIdPattern;
    friend bool operator==(const QcRule &, const QcRule &) = default;
};

/**
 * What the profile does to a value before it is entered like a typed one (domain::ResultEntry
 * rules then apply: `>500`, `<0,1`, decimal comma or point, coded values by code or label).
 *
 * - `valueComponent`: the component of R-4 / OBX-5 holding the value (1 = first);
 * - `dilution`: where a dilution factor is sent (e.g. cobas e411 R-3.5 "1/1/not"); when set and
 *   the factor is a number other than 1 the numeric value is multiplied by it (the instrument
 *   reports the measured, undiluted-back value); unset: no dilution handling;
 * - spaces inside the value ("< 1.20") are removed.
 */
struct ValueRules {
    int valueComponent = 1;
    std::optional<FieldRef> dilution;
    friend bool operator==(const ValueRules &, const ValueRules &) = default;
};

/**
 * An analyzer connection described as data (issue 11 §4): adding an instrument is writing one of
 * these, never code. Stored in the database (AnalyzerProfileRepository), exchanged as JSON
 * (AnalyzerProfileJson), shipped for every instrument of shared/analyzer-traces plus the
 * generic `astm-generic` and `law-generic`.
 *
 * Contract (AnalyzerProfileJson::validate checks it): `name` is the stable key, lower-case
 * letters, digits and '-' (1-40); `analyzerId` is the instrument id the catalogue's analyzer codes
 * use (AnalyzerMapping::analyzer, e.g. "XN", "COBAS"), may be empty for a generic profile; field
 * references belong to the profile's protocol (ASTM records or HL7 segments); test codes are
 * unique in `codeMappings`; `resultKinds`, when not empty, keeps only the results whose
 * `resultKind` field holds one of them (Architect sends F, I and P for one assay: keep F), the
 * others are reported as ignored, never silently dropped. `ignoredTestCodes` are test codes the
 * lab does not store (probe cycle thresholds...): a trailing '*' matches a prefix.
 */
struct AnalyzerProfile {
    QString name;
    QString label;                 ///< French label shown in the screens ("Sysmex XN-550 — hématologie")
    QString analyzerId;
    AnalyzerProtocol protocol = AnalyzerProtocol::Astm;
    TransportSettings transport;
    QString charset = QStringLiteral("latin1"); ///< ASTM text encoding; HL7 default when MSH-18 is absent: "latin1" or "utf-8"
    bool lenientFrameNumbers = false;           ///< ASTM: FrameNumberPolicy::Lenient (Yumizen H500)
    FieldRef specimenId;                        ///< default O-3.1 (ASTM) / SPM-2.1 (HL7)
    FieldRef testCode;                          ///< default R-3.4 (ASTM) / OBX-3.1 (HL7)
    std::optional<FieldRef> resultKind;         ///< where the result kind is (Architect R-3.11)
    QStringList resultKinds;                    ///< kinds kept when resultKind is set
    ValueRules values;
    QList<FlagMapping> flagMappings;
    QcRule qc;
    OrderMode orderMode = OrderMode::None;
    QList<CodeMapping> codeMappings;
    QStringList ignoredTestCodes;
    /**
     * Generic profiles (`astm-generic`, `law-generic`): a test code mapped neither by the profile
     * nor by the catalogue is taken as the catalogue analysis of the same local code (and
     * testCodeFor() gives an analysis code back unchanged), for a first look at an unknown
     * instrument. Ingestion still holds a code the catalogue does not know.
     */
    bool identityMapping = false;
    /**
     * Queries: the 1-based component of the query's specimen field (ASTM Q-3, HL7 QPD-3) holding
     * the barcode, for instruments that do not use the standard place (cobas e411 );
     * 0 = the reader's standard position (AnalyzerQuery::specimenId).
     */
    int querySpecimenComponent = 0;
    bool active = true;
    int version = 0;                            ///< optimistic lock (storage); 0 before first save

    /** A profile with the standard positions of its protocol (what `astm-generic`/`law-generic` hold). */
    [[nodiscard]] static AnalyzerProfile standard(AnalyzerProtocol protocol);
    friend bool operator==(const AnalyzerProfile &, const AnalyzerProfile &) = default;
};

} // namespace sgl::domain::analyzer
