package org.civicportal.membership;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.civicportal.shared.OnePagePdf.Row;
import org.civicportal.shared.OnePagePdf;
import org.civicportal.shared.ReadableDates;

/** A one-page PDF receipt for a paid invoice. */
final class ReceiptPdf {


    private ReceiptPdf() {
    }

    static void write(Receipt receipt, String associationName, ZoneId associationZone, OutputStream out) throws IOException {
        Invoice invoice = receipt.invoice();
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("Receipt for invoice", invoice.getNumber()));
        rows.add(new Row("Member", receipt.payer().getFullName() + " <" + receipt.payer().getEmail() + ">"));
        rows.add(new Row("Local government", receipt.payer().getJurisdiction().getName() + ", "
                + receipt.payer().getJurisdiction().getRegion()));
        rows.add(new Row("Membership", invoice.getCategoryName()));
        rows.add(new Row("Period", invoice.period().describe()));
        rows.add(new Row("Annual rate", invoice.baseRate().format()));
        if (invoice.getDiscountReason() != null) {
            rows.add(new Row("Discount", invoice.getDiscountReason() + " (" + invoice.discount().format() + ")"));
        }
        rows.add(new Row("Total paid", invoice.totalDue().format()));
        rows.add(new Row("Paid by", receipt.payment().getMethod().getLabel() + ", reference " + receipt.payment().getReference()));
        rows.add(new Row("Received on", ReadableDates.DAY.format(receipt.payment().getReceivedOn())));
        rows.add(new Row("Issued on", ReadableDates.DAY.format(invoice.getIssuedAt().atZone(associationZone).toLocalDate())));
        OnePagePdf.write(associationName, "Receipt " + invoice.getNumber(), "Receipt: membership dues", rows,
                "Thank you for supporting the association. Keep this receipt for your records.", out);
    }
}
