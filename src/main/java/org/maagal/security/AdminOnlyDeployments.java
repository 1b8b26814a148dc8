package org.maagal.security;

import java.util.ArrayList;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DeployCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.maagal.organization.Role;
import org.springframework.stereotype.Component;

/**
 * A deployment carries code: script tasks, script conditions and listeners, expressions. Only
 * {@code camunda-admin} deploys, whatever authorizations someone may have granted by mistake; the
 * application's own deployment at start-up runs without a user and passes.
 */
@Component
class AdminOnlyDeployments extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new RefuseDeploymentsOfNonAdmins(configuration));
  }

  private static final class RefuseDeploymentsOfNonAdmins extends CommandInterceptor {

    private final ProcessEngineConfigurationImpl configuration;

    RefuseDeploymentsOfNonAdmins(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public <T> T execute(Command<T> command) {
      if (command instanceof DeployCmd) {
        var authentication = configuration.getIdentityService().getCurrentAuthentication();
        if (authentication != null && (authentication.getGroupIds() == null
            || !authentication.getGroupIds().contains(Role.ADMIN.groupId()))) {
          throw new AuthorizationException(
              "Only members of " + Role.ADMIN.groupId() + " deploy; user " + authentication.getUserId() + " is not one");
        }
      }
      return next.execute(command);
    }
  }
}
