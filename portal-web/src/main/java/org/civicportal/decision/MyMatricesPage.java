package org.civicportal.decision;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.civicportal.shared.CleanText;
import org.civicportal.shared.FieldMessages;
import org.civicportal.shared.servicearea.ServiceArea;
import org.civicportal.shared.servicearea.ServiceAreas;

/** The member's matrices and a form to start one ({@code decision/matrices.xhtml}). */
@Named
@RequestScoped
public class MyMatricesPage {

    static final String FORM = "create";

    @Inject
    DecisionService decisions;

    @Inject
    ServiceAreas serviceAreas;

    private List<DecisionMatrix> matrices;
    @Size(max = 200, message = "Use at most 200 characters.")
    @CleanText
    private String title;
    private Long serviceAreaId;

    @PostConstruct
    void load() {
        matrices = decisions.myMatrices();
    }

    /** Starts a matrix and opens it. */
    public String create() {
        DecisionMatrix matrix = decisions.create(title, serviceAreaId);
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
        FieldMessages.info("Your matrix is ready, with the four usual options and the default criteria. Change them as you need.");
        return "/decision/matrix?faces-redirect=true&id=" + matrix.getId();
    }

    public List<ServiceArea> getServiceAreas() {
        return serviceAreas.choosable();
    }

    public List<DecisionMatrix> getMatrices() {
        return matrices;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public Long getServiceAreaId() {
        return serviceAreaId;
    }

    public void setServiceAreaId(Long serviceAreaId) {
        this.serviceAreaId = serviceAreaId;
    }
}
