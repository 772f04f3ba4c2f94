package vn.antt.support;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every handler of the application that changes something, as "POST /path/{id}", read from Spring MVC itself. */
public final class StateChangingMappings {

    private static final Set<RequestMethod> STATE_CHANGING = Set.of(RequestMethod.POST, RequestMethod.PUT,
            RequestMethod.PATCH, RequestMethod.DELETE);

    private StateChangingMappings() {
    }

    public static List<String> of(RequestMappingHandlerMapping mapping) {
        Set<String> found = new TreeSet<>();
        for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            // a mapping without a method answers every method, POST included
            Set<RequestMethod> changing = methods.isEmpty() ? Set.of(RequestMethod.POST) : methods;
            for (RequestMethod method : changing) {
                if (STATE_CHANGING.contains(method)) {
                    info.getPatternValues().forEach(pattern -> found.add(method + " " + pattern));
                }
            }
        }
        return List.copyOf(found);
    }
}
