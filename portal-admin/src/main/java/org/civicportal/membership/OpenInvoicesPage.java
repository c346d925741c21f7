package org.civicportal.membership;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.civicportal.shared.CivilCalendar;
import org.civicportal.shared.FieldMessages;

/** Invoices waiting for payment, and recording a payment ({@code admin/membership/invoices.xhtml}). */
@Named
@ViewScoped
public class OpenInvoicesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "payment";

    @Inject
    MembershipAdministration administration;

    @Inject
    CivilCalendar calendar;

    private List<Invoice> invoices;
    private Invoice selected;
    private PaymentDetails payment;

    @PostConstruct
    void load() {
        invoices = administration.openInvoices();
    }

    /** Opens the payment form for an invoice, with the amount due and today's date filled in. */
    public void select(Invoice invoice) {
        selected = invoice;
        payment = new PaymentDetails();
        payment.setAmount(invoice.totalDue().amount());
        payment.setReceivedOn(calendar.today());
    }

    public void record() {
        administration.recordPayment(selected.getId(), payment);
        FieldMessages.info("Payment recorded for " + selected.getNumber() + ". The member was sent a receipt.");
        selected = null;
        payment = null;
        load();
    }

    public void cancel() {
        selected = null;
        payment = null;
    }

    public PaymentMethod[] getMethods() {
        return PaymentMethod.values();
    }

    public List<Invoice> getInvoices() {
        return invoices;
    }

    public Invoice getSelected() {
        return selected;
    }

    public PaymentDetails getPayment() {
        return payment;
    }
}
