#pragma once

#include <QString>

namespace sgl::interop::hl7v2 {

/** The MSH fields an application routes and acknowledges on, unescaped. */
struct MessageHeader {
    QString sendingApplication;   ///< MSH-3.1
    QString sendingFacility;      ///< MSH-4.1
    QString receivingApplication; ///< MSH-5.1
    QString receivingFacility;    ///< MSH-6.1
    QString dateTime;             ///< MSH-7, as sent
    QString messageCode;          ///< MSH-9.1 ("ADT")
    QString triggerEvent;         ///< MSH-9.2 ("A28")
    QString messageStructure;     ///< MSH-9.3 ("ADT_A05")
    QString controlId;            ///< MSH-10
    QString processingId;         ///< MSH-11.1 ("P", "D", "T")
    QString version;              ///< MSH-12.1 ("2.5")
    QString acceptAckType;        ///< MSH-15 (empty = original acknowledgment mode)
    QString applicationAckType;   ///< MSH-16
    QString characterSet;         ///< MSH-18 first repetition
    QString profile;              ///< MSH-21.1 of the first repetition ("2.11")

    /** "SENDINGAPP|FACILITY": the key under which control ids are unique. */
    [[nodiscard]] QString senderKey() const { return sendingApplication + u'|' + sendingFacility; }
};

} // namespace sgl::interop::hl7v2
