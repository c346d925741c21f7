package org.civicportal.account;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.stream.Collectors;
import org.civicportal.shared.PagedList;

/** Lists and searches accounts ({@code admin/account/accounts.xhtml}), one page of rows at a time. */
@Named
@ViewScoped
public class AccountsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AccountAdministration administration;

    private String text;

    private final PagedList<Account> accounts = new PagedList<>(
            (first, pageSize) -> administration.search(text, first, pageSize),
            () -> administration.count(text),
            Account::getId);

    /** Applies the search text; the table reloads from its first page. */
    public void search() {
        // nothing to do: the table's next load reads the text
    }

    /** Roles for the table, e.g. "ADMIN, MEMBER". */
    public String rolesOf(Account account) {
        return account.getRoles().stream().map(Role::name).collect(Collectors.joining(", "));
    }

    public PagedList<Account> getAccounts() {
        return accounts;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
